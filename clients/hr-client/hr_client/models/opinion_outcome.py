from enum import StrEnum

class OpinionOutcome(StrEnum):
    FAVOURABLE = "favourable"
    TIED = "tied"
    UNANIMOUS_AGAINST = "unanimous_against"
    UNFAVOURABLE = "unfavourable"

    def __str__(self) -> str:
        return str(self.value)
