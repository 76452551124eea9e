from enum import StrEnum

class AgentStatus(StrEnum):
    CONTRACTUEL = "contractuel"
    TITULAIRE = "titulaire"

    def __str__(self) -> str:
        return str(self.value)
