"""Routing policy: the YAML schema, loading with located errors, and the compiled decision."""
