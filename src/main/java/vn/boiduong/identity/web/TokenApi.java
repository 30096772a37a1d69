package vn.boiduong.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.boiduong.common.CurrentActor;
import vn.boiduong.identity.internal.ApiTokens;

/**
 * Personal API tokens over the API: the person's own (/me/tokens) and, for the administrator, those
 * of an account of the agency (/users/{id}/tokens). The token itself is in the answer to its creation
 * only; use it as {@code Authorization: Bearer <token>}.
 */
@RestController
class TokenApi {

    /** @param days until it expires, 1–365 (90 when left out) */
    record NewToken(String name, Integer days) {
    }

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Operation(summary = "Các mã truy cập API của người đang đăng nhập (không kèm mã)")
    @GetMapping("/api/v1/me/tokens")
    List<ApiTokens.TokenView> mine() {
        return tokens.list(CurrentActor.get(), null);
    }

    @Operation(summary = "Tạo mã truy cập API cho chính mình; mã chỉ hiện một lần trong câu trả lời này")
    @PostMapping("/api/v1/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.Created create(@RequestBody NewToken body) {
        return tokens.create(CurrentActor.get(), null, body.name(), body.days());
    }

    @Operation(summary = "Thu hồi một mã truy cập API của chính mình")
    @DeleteMapping("/api/v1/me/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable Long tokenId) {
        tokens.revoke(CurrentActor.get(), null, tokenId);
    }

    @Operation(summary = "Quản trị: các mã truy cập API của một tài khoản")
    @GetMapping("/api/v1/users/{userId}/tokens")
    List<ApiTokens.TokenView> ofUser(@PathVariable Long userId) {
        return tokens.list(CurrentActor.get(), userId);
    }

    @Operation(summary = "Quản trị: tạo mã truy cập API cho một tài khoản; mã chỉ hiện một lần")
    @PostMapping("/api/v1/users/{userId}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.Created createFor(@PathVariable Long userId, @RequestBody NewToken body) {
        return tokens.create(CurrentActor.get(), userId, body.name(), body.days());
    }

    @Operation(summary = "Quản trị: thu hồi một mã truy cập API của một tài khoản")
    @DeleteMapping("/api/v1/users/{userId}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeFor(@PathVariable Long userId, @PathVariable Long tokenId) {
        tokens.revoke(CurrentActor.get(), userId, tokenId);
    }
}
