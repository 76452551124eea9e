"""Training sessions hr asks budget to commit on T3, action 09 (issue #21, item 4)."""
