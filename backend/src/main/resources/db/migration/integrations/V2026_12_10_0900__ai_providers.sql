-- AI providers: where generation runs (an OpenAI-compatible API or an Ollama). api_key is a
-- SecretBox ciphertext of the key, bound to the row by the context "ai-provider-key:<id>" (a value
-- copied to another row does not decrypt); null when the provider needs none (a local Ollama).
create table ai_providers
(
    id                  uuid primary key,
    name                text        not null,
    -- openai (any OpenAI-compatible API) or ollama
    kind                text        not null check (kind in ('openai', 'ollama')),
    base_url            text        not null,
    api_key             bytea,
    -- the admin's allow-list of models; empty means whatever the provider lists
    models              text[]      not null default '{}',
    -- operation (draft, rewrite, summarise, ...) -> model
    default_models      jsonb       not null default '{}',
    max_concurrency     int         not null check (max_concurrency between 1 and 64),
    requests_per_minute int         not null check (requests_per_minute between 1 and 10000),
    enabled             boolean     not null default true,
    created_by          uuid        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    -- the row version: the provider's ETag, bumped by every change
    version             bigint      not null default 1
);

-- names are what the editor's model picker shows: one provider per name; the list sorts by name
create unique index ai_providers_name_uq on ai_providers (lower(name));
