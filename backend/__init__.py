"""Jämlik backend."""
