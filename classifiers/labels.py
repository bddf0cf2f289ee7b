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

# The classifier stage of a conversation that has text but none the classifier can read (see
# ``normalize.readable``); policies route it by ``on_unreadable``.
UNREADABLE: Final = "unreadable"
