-- A roll-up state remembers how many reorganisations were recorded when it was computed: a
-- state computed before a later reorganisation (the tree it was rolled up on may have
-- changed) is recomputed on its next read. A count, unlike a timestamp or the largest id,
-- also notices a reorganisation committed late by a concurrent transaction.
alter table tgt_rollup_state add column reorganisations bigint default 0 not null;
