from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agent_status import AgentStatus
from ..models.category import Category
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AgentCreate")



@_attrs_define
class AgentCreate:
    """ Recrutement: a new agent in a managing unit.

        Attributes:
            category (Category): Catégorie de la fonction publique.
            corps (str):
            first_name (str):
            grade (str):
            hired_on (datetime.date):
            last_name (str):
            matricule (str):
            quotite (float | str):
            status (AgentStatus): Statut: titulaire (civil servant) or contractuel (contract agent).
            unit_code (str):
            address (None | str | Unset):
            birth_date (datetime.date | None | Unset):
            echelon (int | Unset):  Default: 1.
            email (None | str | Unset):
            login (None | str | Unset): Identity-provider sub.
            phone (None | str | Unset):
     """

    category: Category
    corps: str
    first_name: str
    grade: str
    hired_on: datetime.date
    last_name: str
    matricule: str
    quotite: float | str
    status: AgentStatus
    unit_code: str
    address: None | str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    echelon: int | Unset = 1
    email: None | str | Unset = UNSET
    login: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        corps = self.corps

        first_name = self.first_name

        grade = self.grade

        hired_on = self.hired_on.isoformat()

        last_name = self.last_name

        matricule = self.matricule

        quotite: float | str
        quotite = self.quotite

        status = self.status.value

        unit_code = self.unit_code

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        echelon = self.echelon

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "corps": corps,
            "first_name": first_name,
            "grade": grade,
            "hired_on": hired_on,
            "last_name": last_name,
            "matricule": matricule,
            "quotite": quotite,
            "status": status,
            "unit_code": unit_code,
        })
        if address is not UNSET:
            field_dict["address"] = address
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if echelon is not UNSET:
            field_dict["echelon"] = echelon
        if email is not UNSET:
            field_dict["email"] = email
        if login is not UNSET:
            field_dict["login"] = login
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = Category(d.pop("category"))




        corps = d.pop("corps")

        first_name = d.pop("first_name")

        grade = d.pop("grade")

        hired_on = datetime.date.fromisoformat(d.pop("hired_on"))




        last_name = d.pop("last_name")

        matricule = d.pop("matricule")

        def _parse_quotite(data: object) -> float | str:
            return cast(float | str, data)

        quotite = _parse_quotite(d.pop("quotite"))


        status = AgentStatus(d.pop("status"))




        unit_code = d.pop("unit_code")

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)



                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))


        echelon = d.pop("echelon", UNSET)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        def _parse_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login = _parse_login(d.pop("login", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        agent_create = cls(
            category=category,
            corps=corps,
            first_name=first_name,
            grade=grade,
            hired_on=hired_on,
            last_name=last_name,
            matricule=matricule,
            quotite=quotite,
            status=status,
            unit_code=unit_code,
            address=address,
            birth_date=birth_date,
            echelon=echelon,
            email=email,
            login=login,
            phone=phone,
        )

        return agent_create

