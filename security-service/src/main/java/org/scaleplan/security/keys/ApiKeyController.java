package org.scaleplan.security.keys;

import java.net.URI;
import java.util.List;

import org.scaleplan.access.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/api-keys}: admins create, list and revoke keys. The secret is in the creation answer only. */
@RestController
@RequestMapping("/v1/api-keys")
class ApiKeyController {

    private final ApiKeyIssuer issuer;

    ApiKeyController(ApiKeyIssuer issuer) {
        this.issuer = issuer;
    }

    @PostMapping
    ResponseEntity<KeyView> create(@RequestBody NewApiKey request, Caller caller) {
        KeyView created = issuer.issue(request, caller);
        return ResponseEntity.created(URI.create("/v1/api-keys/" + created.keyId())).body(created);
    }

    @GetMapping
    List<KeyView> list(Caller caller) {
        return issuer.list(caller);
    }

    @DeleteMapping("/{keyId}")
    ResponseEntity<Void> revoke(@PathVariable String keyId, Caller caller) {
        issuer.revoke(keyId, caller);
        return ResponseEntity.noContent().build();
    }
}
