from enum import StrEnum

class PhaseCode(StrEnum):
    ANALYSE = "analyse"
    BUILD = "build"
    COLLECT = "collect"
    DESIGN = "design"
    DISSEMINATE = "disseminate"
    EVALUATE = "evaluate"
    PROCESS = "process"
    SPECIFY_NEEDS = "specify_needs"

    def __str__(self) -> str:
        return str(self.value)
