from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.channel import Channel
from ...models.problem import Problem
from ...models.procedure_choice import ProcedureChoice
from ...models.purchase_kind import PurchaseKind
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    amount_ht: float | str,
    kind: PurchaseKind,
    channel: Channel | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_amount_ht: float | str
    json_amount_ht = amount_ht
    params["amount_ht"] = json_amount_ht

    json_kind = kind.value
    params["kind"] = json_kind

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/procedure-thresholds/choice",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ProcedureChoice | None:
    if response.status_code == 200:
        response_200 = ProcedureChoice.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ProcedureChoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    amount_ht: float | str,
    kind: PurchaseKind,
    channel: Channel | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,

) -> Response[Problem | ProcedureChoice]:
    """ The procedure an amount of a kind of purchase and a channel call for on a date

     The amount is the estimated value of the whole need (every similar purchase of the
    year), not of one requisition: submission adds up the year's needs itself.

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (every unit), `facilities.social` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        amount_ht (float | str):
        kind (PurchaseKind): Nature du marché: fournitures, services ou travaux (each has its own
            thresholds).
        channel (Channel | Unset): Canal d'achat de l'Etat.
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProcedureChoice]
     """


    kwargs = _get_kwargs(
        amount_ht=amount_ht,
kind=kind,
channel=channel,
on=on,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    amount_ht: float | str,
    kind: PurchaseKind,
    channel: Channel | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,

) -> Problem | ProcedureChoice | None:
    """ The procedure an amount of a kind of purchase and a channel call for on a date

     The amount is the estimated value of the whole need (every similar purchase of the
    year), not of one requisition: submission adds up the year's needs itself.

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (every unit), `facilities.social` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        amount_ht (float | str):
        kind (PurchaseKind): Nature du marché: fournitures, services ou travaux (each has its own
            thresholds).
        channel (Channel | Unset): Canal d'achat de l'Etat.
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProcedureChoice
     """


    return sync_detailed(
        client=client,
amount_ht=amount_ht,
kind=kind,
channel=channel,
on=on,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    amount_ht: float | str,
    kind: PurchaseKind,
    channel: Channel | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,

) -> Response[Problem | ProcedureChoice]:
    """ The procedure an amount of a kind of purchase and a channel call for on a date

     The amount is the estimated value of the whole need (every similar purchase of the
    year), not of one requisition: submission adds up the year's needs itself.

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (every unit), `facilities.social` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        amount_ht (float | str):
        kind (PurchaseKind): Nature du marché: fournitures, services ou travaux (each has its own
            thresholds).
        channel (Channel | Unset): Canal d'achat de l'Etat.
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProcedureChoice]
     """


    kwargs = _get_kwargs(
        amount_ht=amount_ht,
kind=kind,
channel=channel,
on=on,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    amount_ht: float | str,
    kind: PurchaseKind,
    channel: Channel | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,

) -> Problem | ProcedureChoice | None:
    """ The procedure an amount of a kind of purchase and a channel call for on a date

     The amount is the estimated value of the whole need (every similar purchase of the
    year), not of one requisition: submission adds up the year's needs itself.

    **Roles:** `facilities.manager` (every unit), `facilities.buyer` (every unit),
    `facilities.requester` (every unit), `facilities.social` (every unit), `sg.admin`, `sg.auditor`.

    Args:
        amount_ht (float | str):
        kind (PurchaseKind): Nature du marché: fournitures, services ou travaux (each has its own
            thresholds).
        channel (Channel | Unset): Canal d'achat de l'Etat.
        on (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProcedureChoice
     """


    return (await asyncio_detailed(
        client=client,
amount_ht=amount_ht,
kind=kind,
channel=channel,
on=on,

    )).parsed
