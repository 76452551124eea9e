from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.etpt_statement import EtptStatement
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    unit_code: str,
    year: int,
    *,
    include_descendants: bool | Unset = True,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["include_descendants"] = include_descendants


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/etpt/{unit_code}/{year}".format(unit_code=quote(str(unit_code), safe=""),year=quote(str(year), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EtptStatement | Problem | None:
    if response.status_code == 200:
        response_200 = EtptStatement.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EtptStatement | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_code: str,
    year: int,
    *,
    client: AuthenticatedClient,
    include_descendants: bool | Unset = True,

) -> Response[EtptStatement | Problem]:
    """ ETPT per month and for the year, against the ceiling

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `sg.admin`,
    `sg.auditor`.

    Args:
        unit_code (str):
        year (int):
        include_descendants (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EtptStatement | Problem]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
year=year,
include_descendants=include_descendants,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    unit_code: str,
    year: int,
    *,
    client: AuthenticatedClient,
    include_descendants: bool | Unset = True,

) -> EtptStatement | Problem | None:
    """ ETPT per month and for the year, against the ceiling

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `sg.admin`,
    `sg.auditor`.

    Args:
        unit_code (str):
        year (int):
        include_descendants (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EtptStatement | Problem
     """


    return sync_detailed(
        unit_code=unit_code,
year=year,
client=client,
include_descendants=include_descendants,

    ).parsed

async def asyncio_detailed(
    unit_code: str,
    year: int,
    *,
    client: AuthenticatedClient,
    include_descendants: bool | Unset = True,

) -> Response[EtptStatement | Problem]:
    """ ETPT per month and for the year, against the ceiling

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `sg.admin`,
    `sg.auditor`.

    Args:
        unit_code (str):
        year (int):
        include_descendants (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EtptStatement | Problem]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
year=year,
include_descendants=include_descendants,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    unit_code: str,
    year: int,
    *,
    client: AuthenticatedClient,
    include_descendants: bool | Unset = True,

) -> EtptStatement | Problem | None:
    """ ETPT per month and for the year, against the ceiling

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `sg.admin`,
    `sg.auditor`.

    Args:
        unit_code (str):
        year (int):
        include_descendants (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EtptStatement | Problem
     """


    return (await asyncio_detailed(
        unit_code=unit_code,
year=year,
client=client,
include_descendants=include_descendants,

    )).parsed
