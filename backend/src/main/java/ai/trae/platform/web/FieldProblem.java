package ai.trae.platform.web;

/**
 * One entry of a problem's {@code errors} list: which field is wrong and why. Forms show the
 * message next to the field, whether Bean Validation or a module's own rule found the fault.
 *
 * @param field the request field's path as the client sent it ({@code permissions[2]})
 * @param message what is wrong, for a person
 */
public record FieldProblem(String field, String message) {}
