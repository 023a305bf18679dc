"""The inclusive-language checker over HTTP: what the plan editor and report forms underline."""
