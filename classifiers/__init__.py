"""Domain classification: the project's own corpus, the model build, and the ONNX runtime."""
