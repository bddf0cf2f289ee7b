"""The project's own adversarial set: held-out requests disguised with cheap evasion tricks.

Nothing here is used for training; it only measures robustness (``gateway classifier eval
--adversarial``).
"""
