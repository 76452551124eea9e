from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agent_status import AgentStatus
from ..models.category import Category
from typing import cast
import datetime






T = TypeVar("T", bound="AgentPublic")



@_attrs_define
class AgentPublic:
    """ The HR view (personal data: HR roles only).

        Attributes:
            active (bool):
            address (None | str):
            birth_date (datetime.date | None):
            category (Category): Catégorie de la fonction publique.
            corps (str):
            departure_reason (None | str):
            echelon (int):
            email (None | str):
            first_name (str):
            grade (str):
            hired_on (datetime.date):
            id (int):
            last_name (str):
            left_on (datetime.date | None):
            login (None | str):
            matricule (str):
            phone (None | str):
            quotite (float | str):
            status (AgentStatus): Statut: titulaire (civil servant) or contractuel (contract agent).
            unit_code (str):
            version (int):
     """

    active: bool
    address: None | str
    birth_date: datetime.date | None
    category: Category
    corps: str
    departure_reason: None | str
    echelon: int
    email: None | str
    first_name: str
    grade: str
    hired_on: datetime.date
    id: int
    last_name: str
    left_on: datetime.date | None
    login: None | str
    matricule: str
    phone: None | str
    quotite: float | str
    status: AgentStatus
    unit_code: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address: None | str
        address = self.address

        birth_date: None | str
        if isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        category = self.category.value

        corps = self.corps

        departure_reason: None | str
        departure_reason = self.departure_reason

        echelon = self.echelon

        email: None | str
        email = self.email

        first_name = self.first_name

        grade = self.grade

        hired_on = self.hired_on.isoformat()

        id = self.id

        last_name = self.last_name

        left_on: None | str
        if isinstance(self.left_on, datetime.date):
            left_on = self.left_on.isoformat()
        else:
            left_on = self.left_on

        login: None | str
        login = self.login

        matricule = self.matricule

        phone: None | str
        phone = self.phone

        quotite: float | str
        quotite = self.quotite

        status = self.status.value

        unit_code = self.unit_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "address": address,
            "birth_date": birth_date,
            "category": category,
            "corps": corps,
            "departure_reason": departure_reason,
            "echelon": echelon,
            "email": email,
            "first_name": first_name,
            "grade": grade,
            "hired_on": hired_on,
            "id": id,
            "last_name": last_name,
            "left_on": left_on,
            "login": login,
            "matricule": matricule,
            "phone": phone,
            "quotite": quotite,
            "status": status,
            "unit_code": unit_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))


        def _parse_birth_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)



                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        birth_date = _parse_birth_date(d.pop("birth_date"))


        category = Category(d.pop("category"))




        corps = d.pop("corps")

        def _parse_departure_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        departure_reason = _parse_departure_reason(d.pop("departure_reason"))


        echelon = d.pop("echelon")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))


        first_name = d.pop("first_name")

        grade = d.pop("grade")

        hired_on = datetime.date.fromisoformat(d.pop("hired_on"))




        id = d.pop("id")

        last_name = d.pop("last_name")

        def _parse_left_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_on_type_0 = datetime.date.fromisoformat(data)



                return left_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        left_on = _parse_left_on(d.pop("left_on"))


        def _parse_login(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        login = _parse_login(d.pop("login"))


        matricule = d.pop("matricule")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        def _parse_quotite(data: object) -> float | str:
            return cast(float | str, data)

        quotite = _parse_quotite(d.pop("quotite"))


        status = AgentStatus(d.pop("status"))




        unit_code = d.pop("unit_code")

        version = d.pop("version")

        agent_public = cls(
            active=active,
            address=address,
            birth_date=birth_date,
            category=category,
            corps=corps,
            departure_reason=departure_reason,
            echelon=echelon,
            email=email,
            first_name=first_name,
            grade=grade,
            hired_on=hired_on,
            id=id,
            last_name=last_name,
            left_on=left_on,
            login=login,
            matricule=matricule,
            phone=phone,
            quotite=quotite,
            status=status,
            unit_code=unit_code,
            version=version,
        )


        agent_public.additional_properties = d
        return agent_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
