from enum import StrEnum

class DelegableAct(StrEnum):
    BUDGET_CERTIFY_SERVICE_FAIT = "budget.certify_service_fait"
    BUDGET_COMMIT = "budget.commit"
    BUDGET_REQUEST_PAYMENT = "budget.request_payment"

    def __str__(self) -> str:
        return str(self.value)
