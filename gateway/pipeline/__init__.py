"""The request path, one stage per module: conversation → classify → decide → route → disclose."""
