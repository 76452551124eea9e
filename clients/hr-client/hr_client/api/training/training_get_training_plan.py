from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.training_plan import TrainingPlan
from typing import cast



def _get_kwargs(
    unit_code: str,
    year: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/training/plans/{unit_code}/{year}".format(unit_code=quote(str(unit_code), safe=""),year=quote(str(year), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TrainingPlan | None:
    if response.status_code == 200:
        response_200 = TrainingPlan.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TrainingPlan]:
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

) -> Response[Problem | TrainingPlan]:
    """ Annual training plan: planned vs done, with the T3 envelope

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingPlan]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
year=year,

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

) -> Problem | TrainingPlan | None:
    """ Annual training plan: planned vs done, with the T3 envelope

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingPlan
     """


    return sync_detailed(
        unit_code=unit_code,
year=year,
client=client,

    ).parsed

async def asyncio_detailed(
    unit_code: str,
    year: int,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | TrainingPlan]:
    """ Annual training plan: planned vs done, with the T3 envelope

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingPlan]
     """


    kwargs = _get_kwargs(
        unit_code=unit_code,
year=year,

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

) -> Problem | TrainingPlan | None:
    """ Annual training plan: planned vs done, with the T3 envelope

     **Roles:** `hr.manager` (every unit), `hr.officer` (own units and their sub-units), `hr.trainer`
    (own units and their sub-units), `sg.admin`, `sg.auditor`.

    Args:
        unit_code (str):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingPlan
     """


    return (await asyncio_detailed(
        unit_code=unit_code,
year=year,
client=client,

    )).parsed
