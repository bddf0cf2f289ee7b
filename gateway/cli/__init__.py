"""The ``gateway`` command line: one entry point, a sub-command per job."""
