from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.decision import Decision
from ...models.problem import Problem
from ...models.requisition_public import RequisitionPublic
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    requisition_id: int,
    *,
    body: Decision,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/requisitions/{requisition_id}/cancel".format(requisition_id=quote(str(requisition_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RequisitionPublic | None:
    if response.status_code == 200:
        response_200 = RequisitionPublic.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RequisitionPublic]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    requisition_id: int,
    *,
    client: AuthenticatedClient,
    body: Decision,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RequisitionPublic]:
    """ Cancel Requisition

     Cancel; once ordered, only a buyer may (``purchase.cancelled``).

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (own units and their sub-units), `sg.admin`.

    Args:
        requisition_id (int):
        idempotency_key (str | Unset):
        body (Decision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RequisitionPublic]
     """


    kwargs = _get_kwargs(
        requisition_id=requisition_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    requisition_id: int,
    *,
    client: AuthenticatedClient,
    body: Decision,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RequisitionPublic | None:
    """ Cancel Requisition

     Cancel; once ordered, only a buyer may (``purchase.cancelled``).

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (own units and their sub-units), `sg.admin`.

    Args:
        requisition_id (int):
        idempotency_key (str | Unset):
        body (Decision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RequisitionPublic
     """


    return sync_detailed(
        requisition_id=requisition_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    requisition_id: int,
    *,
    client: AuthenticatedClient,
    body: Decision,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RequisitionPublic]:
    """ Cancel Requisition

     Cancel; once ordered, only a buyer may (``purchase.cancelled``).

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (own units and their sub-units), `sg.admin`.

    Args:
        requisition_id (int):
        idempotency_key (str | Unset):
        body (Decision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RequisitionPublic]
     """


    kwargs = _get_kwargs(
        requisition_id=requisition_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    requisition_id: int,
    *,
    client: AuthenticatedClient,
    body: Decision,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RequisitionPublic | None:
    """ Cancel Requisition

     Cancel; once ordered, only a buyer may (``purchase.cancelled``).

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (own units and their sub-units), `sg.admin`.

    Args:
        requisition_id (int):
        idempotency_key (str | Unset):
        body (Decision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RequisitionPublic
     """


    return (await asyncio_detailed(
        requisition_id=requisition_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
