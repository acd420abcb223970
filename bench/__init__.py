"""Benchmarks at a busy shop's scale; ``python -m bench`` runs issue 16's table (see bench/runner.py)."""
