from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.compliance_report import ComplianceReport
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    unit_code: str,
    *,
    within_days: int | Unset = 60,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["within_days"] = within_days


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/training/compliance/{unit_code}".format(unit_code=quote(str(unit_code), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ComplianceReport | Problem | None:
    if response.status_code == 200:
        response_200 = ComplianceReport.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ComplianceReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_code: str,
    *,
    client: AuthenticatedClient,
    within_days: int | Unset = 60,

) -> Response[ComplianceReport | Problem]:
    """ Mandatory trainings missing or certificates expiring in the next N days

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        within_days (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplianceReport | Problem]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
within_days=within_days,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    unit_code: str,
    *,
    client: AuthenticatedClient,
    within_days: int | Unset = 60,

) -> ComplianceReport | Problem | None:
    """ Mandatory trainings missing or certificates expiring in the next N days

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        within_days (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplianceReport | Problem
     """


    return sync_detailed(
        unit_code=unit_code,
client=client,
within_days=within_days,

    ).parsed

async def asyncio_detailed(
    unit_code: str,
    *,
    client: AuthenticatedClient,
    within_days: int | Unset = 60,

) -> Response[ComplianceReport | Problem]:
    """ Mandatory trainings missing or certificates expiring in the next N days

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        within_days (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplianceReport | Problem]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
within_days=within_days,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    unit_code: str,
    *,
    client: AuthenticatedClient,
    within_days: int | Unset = 60,

) -> ComplianceReport | Problem | None:
    """ Mandatory trainings missing or certificates expiring in the next N days

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        within_days (int | Unset):  Default: 60.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplianceReport | Problem
     """


    return (await asyncio_detailed(
        unit_code=unit_code,
client=client,
within_days=within_days,

    )).parsed
