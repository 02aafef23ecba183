package ai.trae.content.media;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** Refusals of the media library. */
public enum MediaProblem implements ProblemKind {
  MEDIA_NOT_FOUND(
      "media-not-found",
      HttpStatus.NOT_FOUND,
      "Media not found",
      "There is no media file with this id (or no such variant of it), or it was deleted."),
  MEDIA_TOO_LARGE(
      "media-too-large",
      HttpStatus.CONTENT_TOO_LARGE,
      "File too large",
      "The upload is larger than this server accepts (TRAE_MEDIA_MAX_UPLOAD_SIZE, 50 MB unless"
          + " changed). Nothing was stored."),
  MEDIA_TYPE_NOT_ALLOWED(
      "media-type-not-allowed",
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "File type not allowed",
      "The file's bytes are of a type the media library does not take. It takes JPEG, PNG, GIF,"
          + " WebP and SVG images, PDF, MP4, WebM and QuickTime video, and MP3, M4A, WAV, Ogg and"
          + " WebM audio; the type is read from the bytes, not from the name."),
  MEDIA_TYPE_MISMATCH(
      "media-type-mismatch",
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "File is not what it claims to be",
      "The file's name or declared Content-Type says one type, its bytes another (e.g. a PDF named"
          + " photo.png). Rename the file or send the right type; nothing was stored."),
  MEDIA_UPLOAD_UNREADABLE(
      "media-upload-unreadable",
      HttpStatus.BAD_REQUEST,
      "Upload not readable",
      "Send the file as multipart/form-data in a part named \"file\", with a file name."),
  MEDIA_IN_USE(
      "media-in-use",
      HttpStatus.CONFLICT,
      "Media is in use",
      "Content items still use this file (their items property lists them). Change those items"
          + " first, then delete the file."),
  MEDIA_LINK_INVALID(
      "media-link-invalid",
      HttpStatus.NOT_FOUND,
      "Media link invalid or expired",
      "The signed media URL is malformed, was not made by this server, or has expired. Ask for a"
          + " new one."),
  RANGE_NOT_SATISFIABLE(
      "range-not-satisfiable",
      HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
      "Range not satisfiable",
      "The Range header asks for bytes the file does not have; Content-Range tells its size."),
  MEDIA_UNAVAILABLE(
      "media-unavailable",
      HttpStatus.SERVICE_UNAVAILABLE,
      "Media storage unavailable",
      "The media storage could not be reached or failed. Try again shortly; operators find the"
          + " cause in the server log.");

  private final Definition definition;

  MediaProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
