from enum import StrEnum

class Procedure(StrEnum):
    ADAPTED_PROCEDURE = "adapted_procedure"
    DIRECT_AWARD = "direct_award"
    INTERMINISTERIAL_CONTRACT = "interministerial_contract"
    OWN_CONTRACT_ORDER = "own_contract_order"
    TENDER = "tender"
    UGAP_ORDER = "ugap_order"

    def __str__(self) -> str:
        return str(self.value)
