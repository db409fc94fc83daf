"""Problems found while generating, collected and reported together."""

from __future__ import annotations


class CodegenError(Exception):
    """Generation failed; ``problems`` lists every reason found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(f"- {p}" for p in problems))
