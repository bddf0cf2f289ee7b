"""Upstream models: litellm's Router over the model list, and the embedded local model server."""
