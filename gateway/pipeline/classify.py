"""Stage 1: classify the conversation with the in-process ONNX classifier, off the event loop.

The classifier runs in a small thread pool (onnxruntime releases the GIL). A missing model, an
exception or a timeout becomes ``ClassifierFailure``, which the policy's ``on_classifier_error``
turns into a route; it is never silently treated as ``general``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial

from classifiers.runtime import Classification, DomainClassifier


class ClassifierFailure(Exception):
    pass


@dataclass(frozen=True)
class ClassifierStage:
    classifier: DomainClassifier | None
    executor: ThreadPoolExecutor
    timeout_s: float
    unavailable_reason: str | None = None

    async def classify(self, turns: Sequence[str]) -> Classification:
        if self.classifier is None:
            raise ClassifierFailure(self.unavailable_reason or "classifier not loaded")
        # Most requests are answered by stage 1 in well under a millisecond: right here, on
        # the loop, costs less than the hand-off to a worker thread (~1-2 ms measured under
        # load). Long or uncertain inputs go to the pool, where the timeout applies.
        try:
            quick = self.classifier.screen(turns)
        except Exception as exc:
            raise ClassifierFailure(f"classifier error: {type(exc).__name__}: {exc}") from exc
        if isinstance(quick, Classification):
            return quick
        # Escalated inputs are finished from stage 1's reading; long ones are read in full.
        clf = self.classifier
        job = (
            partial(clf.finish, quick) if quick is not None else partial(clf.classify, list(turns))
        )
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(
                loop.run_in_executor(self.executor, job), timeout=self.timeout_s
            )
        except TimeoutError as exc:
            raise ClassifierFailure(f"classification timed out after {self.timeout_s}s") from exc
        except Exception as exc:
            raise ClassifierFailure(f"classifier error: {type(exc).__name__}: {exc}") from exc
