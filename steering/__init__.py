"""The degraded tier: a locally hosted causal LM, steering vectors, and its OpenAI-compatible server."""
