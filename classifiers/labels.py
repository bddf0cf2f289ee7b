"""The classifier's label set: the six topic-level domains of DESIGN.md, in a fixed order.

The order is part of every exported model's output contract: index ``i`` of a score vector is
``LABELS[i]``. Never reorder; append only with a model rebuild.
"""

from typing import Final, Literal

Domain = Literal["cybersecurity", "biology", "chemistry", "distillation", "frontier_ml", "general"]

LABELS: Final[tuple[Domain, ...]] = (
    "cybersecurity",
    "biology",
    "chemistry",
    "distillation",
    "frontier_ml",
    "general",
)

HIGH_RISK: Final[frozenset[Domain]] = frozenset(
    {"cybersecurity", "biology", "chemistry", "distillation"}
)
