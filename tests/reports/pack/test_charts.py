"""Pack charts that depend on the size of the region."""

from __future__ import annotations

from decimal import Decimal

from matplotlib.figure import Figure

from app.reports.pack.charts import plot_peer_position
from app.services.pack_records import PackPeer


def peers(count: int, rep_rank: int) -> list[PackPeer]:
    return [
        PackPeer(
            label="Li Wei" if rank == rep_rank else str(rank),
            weighted_score=Decimal(5) - Decimal(rank) / Decimal(count),
            is_rep=rank == rep_rank,
        )
        for rank in range(1, count + 1)
    ]


def test_a_small_region_names_every_peer_by_rank() -> None:
    ax = Figure().add_subplot()
    plot_peer_position(ax, peers(6, rep_rank=3))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["1", "2", "Li Wei", "4", "5", "6"]


def test_a_large_region_names_only_the_rep_with_their_rank() -> None:
    ax = Figure().add_subplot()
    plot_peer_position(ax, peers(700, rep_rank=566))
    assert list(ax.get_yticks()) == []
    notes = [child.get_text() for child in ax.texts]
    assert notes == ["Li Wei  566 / 700"]
