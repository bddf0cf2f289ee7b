"""The safety-routing gateway: classify, decide, route, record, disclose."""

__version__ = "0.1.0"
