"""Benchmarks and the provider stand-in they (and the tests) run against."""
