package app.jointly.share;

/**
 * A link just made, with its token: the only moment the token is known to the server in the clear.
 *
 * @param path the page for people, {@code /share/{token}}
 */
public record IssuedShareLink(ShareLink link, String token) {

    public String path() {
        return "/share/" + token;
    }
}
