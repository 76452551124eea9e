from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.indicator_value_public import IndicatorValuePublic
from ...models.indicator_value_set import IndicatorValueSet
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    indicator_id: int,
    year: int,
    *,
    body: IndicatorValueSet,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/performance/indicators/{indicator_id}/values/{year}".format(indicator_id=quote(str(indicator_id), safe=""),year=quote(str(year), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IndicatorValuePublic | Problem | None:
    if response.status_code == 200:
        response_200 = IndicatorValuePublic.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IndicatorValuePublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    indicator_id: int,
    year: int,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueSet,

) -> Response[IndicatorValuePublic | Problem]:
    """ Set the target (PAP) and/or actual (RAP) of a year, for the programme or a unit

     **Roles:** `budget.manager` (every unit), `sg.admin`.

    Args:
        indicator_id (int):
        year (int):
        body (IndicatorValueSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorValuePublic | Problem]
     """


    kwargs = _get_kwargs(
        indicator_id=indicator_id,
year=year,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    indicator_id: int,
    year: int,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueSet,

) -> IndicatorValuePublic | Problem | None:
    """ Set the target (PAP) and/or actual (RAP) of a year, for the programme or a unit

     **Roles:** `budget.manager` (every unit), `sg.admin`.

    Args:
        indicator_id (int):
        year (int):
        body (IndicatorValueSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorValuePublic | Problem
     """


    return sync_detailed(
        indicator_id=indicator_id,
year=year,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    indicator_id: int,
    year: int,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueSet,

) -> Response[IndicatorValuePublic | Problem]:
    """ Set the target (PAP) and/or actual (RAP) of a year, for the programme or a unit

     **Roles:** `budget.manager` (every unit), `sg.admin`.

    Args:
        indicator_id (int):
        year (int):
        body (IndicatorValueSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorValuePublic | Problem]
     """


    kwargs = _get_kwargs(
        indicator_id=indicator_id,
year=year,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    indicator_id: int,
    year: int,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueSet,

) -> IndicatorValuePublic | Problem | None:
    """ Set the target (PAP) and/or actual (RAP) of a year, for the programme or a unit

     **Roles:** `budget.manager` (every unit), `sg.admin`.

    Args:
        indicator_id (int):
        year (int):
        body (IndicatorValueSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorValuePublic | Problem
     """


    return (await asyncio_detailed(
        indicator_id=indicator_id,
year=year,
client=client,
body=body,

    )).parsed
