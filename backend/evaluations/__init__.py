"""Evaluation results across training days, moments and certifications, and their CSV export."""
