-- Permanent deletion of content gets its own permission (content:delete), held by the built-in
-- roles that already edit anyone's content; custom roles get it only when an admin grants it.
update roles
set permissions = array_append(permissions, 'content:delete')
where built_in
  and name in ('OWNER', 'ADMIN', 'EDITOR')
  and not ('content:delete' = any (permissions));
