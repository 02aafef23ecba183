-- Configuring AI providers, prompt templates and budgets gets its own permission (ai:admin), held by
-- the built-in roles that run the installation: a provider row holds an API key that spends the
-- installation's money. Custom roles get it only when an admin grants it.
update roles
set permissions = array_append(permissions, 'ai:admin')
where built_in
  and name in ('OWNER', 'ADMIN')
  and not ('ai:admin' = any (permissions));
