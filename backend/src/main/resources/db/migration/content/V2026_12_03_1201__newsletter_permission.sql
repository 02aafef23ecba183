-- Newsletter lists, subscribers, suppressions and editions get their own permission
-- (newsletter:manage), held by the built-in roles that configure channels; custom roles get it
-- only when an admin grants it.
update roles
set permissions = array_append(permissions, 'newsletter:manage')
where built_in
  and name in ('OWNER', 'ADMIN', 'EDITOR')
  and not ('newsletter:manage' = any (permissions));
