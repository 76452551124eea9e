from enum import StrEnum

class DesignationRole(StrEnum):
    SUPPLEANT = "suppleant"
    TITULAIRE = "titulaire"

    def __str__(self) -> str:
        return str(self.value)
