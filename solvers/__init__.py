"""Reference implementations for coding drills and practical tasks.

Never imported by a process that runs learner code (see DESIGN.md, grading protocol).
"""
