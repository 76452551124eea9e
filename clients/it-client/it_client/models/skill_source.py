from enum import StrEnum

class SkillSource(StrEnum):
    MANUAL = "manual"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
