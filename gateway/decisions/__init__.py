"""Decision records: what the gateway decided for each request, stored durably and hash-chained."""
