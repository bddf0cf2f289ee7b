"""HTTP surface: OpenAI-compatible routes (thin), their pydantic protocol, and error rendering."""
