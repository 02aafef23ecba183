package ai.trae.platform.settings;

import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one-row {@code instance_settings} table. */
@Repository
class SettingsStore {

  private final JdbcClient jdbc;

  SettingsStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  StoredSettings load() {
    return jdbc.sql("select * from instance_settings where id = 1")
        .query(
            (rs, n) -> {
              Timestamp updated = rs.getTimestamp("updated_at");
              return new StoredSettings(
                  rs.getString("site_name"),
                  rs.getString("public_url"),
                  rs.getString("smtp_host"),
                  rs.getObject("smtp_port", Integer.class),
                  rs.getString("smtp_username"),
                  rs.getBytes("smtp_password_encrypted"),
                  rs.getString("smtp_from"),
                  rs.getObject("smtp_starttls", Boolean.class),
                  updated == null ? null : updated.toInstant(),
                  rs.getObject("updated_by", UUID.class));
            })
        .optional()
        .orElse(StoredSettings.NONE);
  }

  void save(StoredSettings s) {
    jdbc.sql(
            """
            insert into instance_settings (id, site_name, public_url, smtp_host, smtp_port,
                smtp_username, smtp_password_encrypted, smtp_from, smtp_starttls, updated_at,
                updated_by)
            values (1, :siteName, :publicUrl, :smtpHost, :smtpPort, :smtpUsername, :smtpPassword,
                    :smtpFrom, :smtpStarttls, :updatedAt, :updatedBy)
            on conflict (id) do update set site_name = excluded.site_name,
                public_url = excluded.public_url, smtp_host = excluded.smtp_host,
                smtp_port = excluded.smtp_port, smtp_username = excluded.smtp_username,
                smtp_password_encrypted = excluded.smtp_password_encrypted,
                smtp_from = excluded.smtp_from, smtp_starttls = excluded.smtp_starttls,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """)
        .param("siteName", s.siteName())
        .param("publicUrl", s.publicUrl())
        .param("smtpHost", s.smtpHost())
        .param("smtpPort", s.smtpPort())
        .param("smtpUsername", s.smtpUsername())
        .param("smtpPassword", s.smtpPasswordEncrypted())
        .param("smtpFrom", s.smtpFrom())
        .param("smtpStarttls", s.smtpStarttls())
        .param("updatedAt", s.updatedAt() == null ? null : Timestamp.from(s.updatedAt()))
        .param("updatedBy", s.updatedBy())
        .update();
  }
}
