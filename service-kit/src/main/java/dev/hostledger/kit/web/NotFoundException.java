package dev.hostledger.kit.web;

/** A read model has no entry for the id asked for: HTTP 404 as problem+json. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
