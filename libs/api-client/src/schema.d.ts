/**
 * Generated from openapi.json by libs/api-client/scripts/generate.mjs (npm run client:build).
 * Do not edit: change the API, run npm run openapi, then npm run client:build.
 */

export interface paths {
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách cơ quan
         * @description Danh sách cơ quan. Thao tác Agencies.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Agencies_list"];
        put?: never;
        /**
         * Tạo cơ quan
         * @description Tạo cơ quan. Thao tác Agencies.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Agencies_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem cơ quan
         * @description Xem cơ quan. Thao tác Agencies.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Agencies_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật cơ quan
         * @description Cập nhật cơ quan. Thao tác Agencies.update; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["Agencies_update"];
        trace?: never;
    };
    "/api/v1/agencies/{id}/administrative-procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách thủ tục hành chính
         * @description Danh sách thủ tục hành chính. Thao tác AdministrativeProcedures.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["AdministrativeProcedures_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/administrative-procedures/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nhập từ tệp thủ tục hành chính
         * @description Nhập từ tệp thủ tục hành chính. Thao tác AdministrativeProcedures.import; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["AdministrativeProcedures_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/auditors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách đánh giá viên
         * @description Danh sách đánh giá viên. Thao tác Audits.auditorsOf; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_auditorsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/auditors/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Thay thế đánh giá viên
         * @description Thay thế đánh giá viên. Thao tác Audits.putAuditorUnit; mã lỗi trả về theo lược đồ ApiError.
         */
        put: operations["Audits_putAuditorUnit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách mức độ bao phủ thủ tục
         * @description Danh sách mức độ bao phủ thủ tục. Thao tác AdministrativeProcedures.coverage; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["AdministrativeProcedures_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Giải thể cơ quan
         * @description Giải thể cơ quan. Thao tác Agencies.dissolve; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Agencies_dissolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sáp nhập cơ quan
         * @description Sáp nhập cơ quan. Thao tác Agencies.merge; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Agencies_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/reminder-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách chính sách nhắc hạn
         * @description Danh sách chính sách nhắc hạn. Thao tác ReminderPolicies.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["ReminderPolicies_get"];
        /**
         * Thay thế chính sách nhắc hạn
         * @description Thay thế chính sách nhắc hạn. Thao tác ReminderPolicies.put; mã lỗi trả về theo lược đồ ApiError.
         */
        put: operations["ReminderPolicies_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/risk-thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem ngưỡng mức rủi ro của cơ quan
         * @description Danh sách risk-thresholds. Thao tác Risks.thresholds; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Risks_thresholds"];
        /**
         * Đặt ngưỡng mức rủi ro của cơ quan
         * @description Thay thế risk-thresholds. Thao tác Risks.putThresholds; mã lỗi trả về theo lược đồ ApiError.
         */
        put: operations["Risks_putThresholds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách webhook
         * @description Danh sách webhook. Thao tác Webhooks.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Webhooks_list"];
        put?: never;
        /**
         * Tạo webhook
         * @description Tạo webhook. Thao tác Webhooks.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Webhooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật webhook
         * @description Cập nhật webhook. Thao tác Webhooks.update; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["Webhooks_update"];
        trace?: never;
    };
    "/api/v1/agencies/{id}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách lần gửi
         * @description Danh sách lần gửi. Thao tác Webhooks.deliveries; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Webhooks_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/workflow-templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem quy trình phê duyệt mẫu
         * @description Xem quy trình phê duyệt mẫu. Thao tác Approvals.template; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Approvals_template"];
        /**
         * Thay thế quy trình phê duyệt mẫu
         * @description Thay thế quy trình phê duyệt mẫu. Thao tác Approvals.putTemplate; mã lỗi trả về theo lược đồ ApiError.
         */
        put: operations["Approvals_putTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/annual-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách báo cáo năm
         * @description Danh sách báo cáo năm. Thao tác AnnualReports.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["AnnualReports_list"];
        put?: never;
        /**
         * Tạo báo cáo năm
         * @description Tạo báo cáo năm. Thao tác AnnualReports.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["AnnualReports_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/annual-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem báo cáo năm
         * @description Xem báo cáo năm. Thao tác AnnualReports.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["AnnualReports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật báo cáo năm
         * @description Cập nhật báo cáo năm. Thao tác AnnualReports.update; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["AnnualReports_update"];
        trace?: never;
    };
    "/api/v1/annual-reports/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chấp nhận báo cáo năm
         * @description Chấp nhận báo cáo năm. Thao tác AnnualReports.accept; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["AnnualReports_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/annual-reports/{id}/compile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tổng hợp báo cáo năm
         * @description Tổng hợp báo cáo năm. Thao tác AnnualReports.compile; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["AnnualReports_compile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/annual-reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trả lại người soạn báo cáo năm
         * @description Trả lại người soạn báo cáo năm. Thao tác AnnualReports.giveBack; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["AnnualReports_giveBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/annual-reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gửi báo cáo năm
         * @description Gửi báo cáo năm. Thao tác AnnualReports.submit; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["AnnualReports_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách yêu cầu phê duyệt
         * @description Danh sách yêu cầu phê duyệt. Thao tác Approvals.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Approvals_list"];
        put?: never;
        /**
         * Tạo yêu cầu phê duyệt
         * @description Tạo yêu cầu phê duyệt. Thao tác Approvals.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Approvals_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem yêu cầu phê duyệt
         * @description Xem yêu cầu phê duyệt. Thao tác Approvals.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Approvals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Phê duyệt yêu cầu phê duyệt
         * @description Phê duyệt yêu cầu phê duyệt. Thao tác Approvals.approve; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Approvals_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Huỷ yêu cầu phê duyệt
         * @description Huỷ yêu cầu phê duyệt. Thao tác Approvals.cancel; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Approvals_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * In quyết định ban hành, sửa đổi hoặc hủy bỏ tài liệu
         * @description Quyết định theo thể thức Nghị định 30/2020 (Phụ lục I) của một yêu cầu đã được phê duyệt, với số quyết định được cấp khi phê duyệt (theo cơ quan và năm, liên tục từ 01). PDF (mặc định) hoặc DOCX để chỉnh sửa trước khi ký. 409 khi yêu cầu chưa được phê duyệt.
         */
        get: operations["Printing_decision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/decision/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ký số từ xa quyết định: người có thẩm quyền rồi cơ quan
         * @description Ký số bản quyết định hệ thống đã in qua nhà cung cấp dịch vụ ký số. as = PERSON: người phê duyệt yêu cầu ký bằng chứng thư của mình (bản đã ký một lần được lưu); as = AGENCY: ký số của cơ quan (SIGNING_PROVIDER) lên trên bản đó, rồi bản ký hai lần được kiểm tra như bản tải lên (POST …/decision/signed) và lưu làm quyết định đã ký. AGENCY trước PERSON, đã ký, chưa in: 409; PERSON bởi người không phải người phê duyệt: 403; chưa cấu hình nhà cung cấp: SIGNING_NOT_CONFIGURED. Không có gì được ghi khi bị từ chối.
         */
        post: operations["Printing_signDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/decision/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hai chữ ký số của quyết định đã ban hành
         * @description Chữ ký của người có thẩm quyền (PERSON) và của cơ quan (AGENCY) trên bản quyết định đã ký, kiểm tra lại theo SIGNATURE_TRUST_ANCHORS hiện hành. Trước khi bản ký số được lưu: signed = false, không có chữ ký.
         */
        get: operations["Printing_decisionSignatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/decision/signed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lưu quyết định đã ký số (người có thẩm quyền và cơ quan)
         * @description Văn thư của cơ quan tải lên bản PDF quyết định đã được ký bằng thiết bị ký số (USB token) ngoài hệ thống: tệp phải giữ nguyên bản PDF hệ thống đã in cho yêu cầu này làm phiên bản đầu tiên, rồi có đúng hai chữ ký số hợp lệ (VALID) của hai chứng thư khác nhau: người có thẩm quyền ký trước, cơ quan ký sau (Nghị định 30/2020, Phụ lục I). Sau đó GET …/decision?format=pdf trả về bản đã ký. Quản trị cơ quan, thư ký ISO hoặc người phê duyệt của cơ quan. Tệp khác, thiếu chữ ký, chữ ký không hợp lệ hoặc đã có bản ký: 409, không có gì được ghi.
         */
        post: operations["Printing_uploadSignedDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Từ chối yêu cầu phê duyệt
         * @description Từ chối yêu cầu phê duyệt. Thao tác Approvals.reject; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Approvals_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trả lại người soạn yêu cầu phê duyệt
         * @description Trả lại người soạn yêu cầu phê duyệt. Thao tác Approvals.returnToDrafter; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Approvals_returnToDrafter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/signed-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duyệt bước yêu cầu ký số bằng tệp PDF đã ký
         * @description Người duyệt tải lên tệp PDF đã được phê duyệt, có chữ ký số của mình (bản cập nhật gia tăng của đúng tệp đó: các byte đã duyệt giữ nguyên làm phiên bản đầu). Tệp khác, hoặc chữ ký không hợp lệ: 409, không có gì được ghi.
         */
        post: operations["SignedApprovals_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gửi yêu cầu phê duyệt
         * @description Gửi yêu cầu phê duyệt. Thao tác Approvals.submit; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Approvals_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách chương trình đánh giá
         * @description Danh sách chương trình đánh giá. Thao tác Audits.programmesList; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_programmesList"];
        put?: never;
        /**
         * Tạo chương trình đánh giá
         * @description Tạo chương trình đánh giá. Thao tác Audits.createProgramme; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Audits_createProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem chương trình đánh giá
         * @description Xem chương trình đánh giá. Thao tác Audits.programme; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_programme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách nhật ký kiểm vết
         * @description Danh sách nhật ký kiểm vết. Thao tác AuditTrail.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["AuditTrail_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-trail/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kiểm tra xác nhận nhật ký kiểm vết
         * @description Kiểm tra xác nhận nhật ký kiểm vết. Thao tác AuditTrail.verify; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["AuditTrail_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách cuộc đánh giá nội bộ
         * @description Danh sách cuộc đánh giá nội bộ. Thao tác Audits.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_list"];
        put?: never;
        /**
         * Tạo cuộc đánh giá nội bộ
         * @description Tạo cuộc đánh giá nội bộ. Thao tác Audits.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Audits_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem cuộc đánh giá nội bộ
         * @description Xem cuộc đánh giá nội bộ. Thao tác Audits.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật cuộc đánh giá nội bộ
         * @description Cập nhật cuộc đánh giá nội bộ. Thao tác Audits.replan; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["Audits_replan"];
        trace?: never;
    };
    "/api/v1/audits/{id}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách danh mục kiểm tra
         * @description Danh sách danh mục kiểm tra. Thao tác Audits.checklist; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_checklist"];
        /**
         * Thay thế danh mục kiểm tra
         * @description Thay thế danh mục kiểm tra. Thao tác Audits.putChecklist; mã lỗi trả về theo lược đồ ApiError.
         */
        put: operations["Audits_putChecklist"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/{id}/checklist/copy-from/{otherAuditId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sao chép danh mục kiểm tra
         * @description Sao chép danh mục kiểm tra. Thao tác Audits.copyChecklist; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Audits_copyChecklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/{id}/checklist/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo mục
         * @description Tạo mục. Thao tác Audits.addChecklistItem; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Audits_addChecklistItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/{id}/checklist/items/{itemId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Thay thế câu trả lời trong danh mục kiểm tra
         * @description Thay thế câu trả lời trong danh mục kiểm tra. Thao tác Audits.answer; mã lỗi trả về theo lược đồ ApiError.
         */
        put: operations["Audits_answer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đóng cuộc đánh giá nội bộ
         * @description Đóng cuộc đánh giá nội bộ. Thao tác Audits.close; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Audits_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách phát hiện đánh giá
         * @description Danh sách phát hiện đánh giá. Thao tác Audits.findingsOf; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_findingsOf"];
        put?: never;
        /**
         * Tạo phát hiện đánh giá
         * @description Tạo phát hiện đánh giá. Thao tác Audits.logFinding; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Audits_logFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Báo cáo kết quả cuộc đánh giá nội bộ
         * @description Báo cáo kết quả cuộc đánh giá nội bộ. Thao tác Audits.reportOf; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_reportOf"];
        put?: never;
        /**
         * Báo cáo kết quả cuộc đánh giá nội bộ
         * @description Báo cáo kết quả cuộc đánh giá nội bộ. Thao tác Audits.report; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Audits_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audits/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bắt đầu cuộc đánh giá nội bộ
         * @description Bắt đầu cuộc đánh giá nội bộ. Thao tác Audits.start; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Audits_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng nhập auth
         * @description Đăng nhập auth. Thao tác Auth.login; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng xuất auth
         * @description Đăng xuất auth. Thao tác Auth.logout; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Làm mới phiên đăng nhập auth
         * @description Làm mới phiên đăng nhập auth. Thao tác Auth.refresh; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/corrective-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hành động khắc phục
         * @description Danh sách hành động khắc phục. Thao tác Capa.allActions; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Capa_allActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/corrective-actions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hoàn thành hành động khắc phục
         * @description Hoàn thành hành động khắc phục. Thao tác Capa.complete; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Capa_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/corrective-actions/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách evidence
         * @description Danh sách evidence. Thao tác Capa.actionEvidence; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Capa_actionEvidence"];
        put?: never;
        /**
         * Tạo evidence
         * @description Tạo evidence. Thao tác Capa.addActionEvidence; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Capa_addActionEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/corrective-actions/{id}/evidence/{fileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách nội dung tệp
         * @description Danh sách nội dung tệp. Thao tác Capa.actionEvidenceContent; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Capa_actionEvidenceContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/province": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách tổng hợp cấp tỉnh
         * @description Danh sách tổng hợp cấp tỉnh. Thao tác Dashboards.province; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Dashboards_province"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách thời hạn
         * @description Danh sách thời hạn. Thao tác Deadlines.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Deadlines_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách công bố hợp chuẩn
         * @description Danh sách công bố hợp chuẩn. Thao tác Declarations.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Declarations_list"];
        put?: never;
        /**
         * Tạo công bố hợp chuẩn
         * @description Tạo công bố hợp chuẩn. Thao tác Declarations.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Declarations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/declarations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem công bố hợp chuẩn
         * @description Xem công bố hợp chuẩn. Thao tác Declarations.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Declarations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách tài liệu
         * @description Danh sách tài liệu. Thao tác Documents.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Documents_list"];
        put?: never;
        /**
         * Tạo tài liệu
         * @description Tạo tài liệu. Thao tác Documents.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Documents_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem tài liệu
         * @description Xem tài liệu. Thao tác Documents.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Documents_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật tài liệu
         * @description Cập nhật tài liệu. Thao tác Documents.update; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["Documents_update"];
        trace?: never;
    };
    "/api/v1/documents/{id}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách xác nhận đã đọc
         * @description Danh sách xác nhận đã đọc. Thao tác Documents.acknowledgementStatus; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Documents_acknowledgementStatus"];
        put?: never;
        /**
         * Tạo xác nhận đã đọc
         * @description Tạo xác nhận đã đọc. Thao tác Documents.acknowledge; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Documents_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/periodic-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách lần xem xét định kỳ
         * @description Danh sách lần xem xét định kỳ. Thao tác Documents.listPeriodicReviews; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Documents_listPeriodicReviews"];
        put?: never;
        /**
         * Tạo lần xem xét định kỳ
         * @description Tạo lần xem xét định kỳ. Thao tác Documents.recordPeriodicReview; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Documents_recordPeriodicReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo lần sửa đổi
         * @description Tạo lần sửa đổi. Thao tác Documents.revise; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Documents_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách lần ban hành
         * @description Danh sách lần ban hành. Thao tác Documents.versionsOf; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Documents_versionsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem lần ban hành
         * @description Xem lần ban hành. Thao tác Documents.version; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Documents_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật lần ban hành
         * @description Cập nhật lần ban hành. Thao tác Documents.updateVersion; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["Documents_updateVersion"];
        trace?: never;
    };
    "/api/v1/documents/{id}/versions/{versionId}/cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * In trang bìa và trang theo dõi sửa đổi của một lần ban hành
         * @description Trang bìa (mã hiệu, lần ban hành, ngày hiệu lực; soạn thảo, soát xét, phê duyệt với họ tên, chức danh, ngày) và trang theo dõi sửa đổi (lần ban hành, ngày, tóm tắt nội dung sửa đổi). PDF (mặc định) hoặc DOCX.
         */
        get: operations["Printing_cover"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/versions/{versionId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo tệp
         * @description Tạo tệp. Thao tác Documents.upload; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Documents_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/versions/{versionId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Gỡ tệp khỏi phiên bản dự thảo
         * @description Gỡ tệp khỏi phiên bản dự thảo (không được khi phiên bản đang trình duyệt). Tệp không bị xoá: vẫn tải được theo mã tệp và được ghi trong lịch sử phiên bản.
         */
        delete: operations["Documents_removeFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/email-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách email-deliveries
         * @description Danh sách email-deliveries. Thao tác EmailDeliveries.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["EmailDeliveries_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/email-deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo retry
         * @description Tạo retry. Thao tác EmailDeliveries.retry; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["EmailDeliveries_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách sự kiện
         * @description Danh sách sự kiện. Thao tác Events.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Events_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sổ theo dõi phản ánh, kiến nghị (format=xlsx: sổ theo dõi)
         * @description Danh sách feedback. Thao tác Satisfaction.feedbackList; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Satisfaction_feedbackList"];
        put?: never;
        /**
         * Tiếp nhận phản ánh, kiến nghị
         * @description Tạo feedback. Thao tác Satisfaction.logFeedback; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Satisfaction_logFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem phản ánh, kiến nghị
         * @description Xem feedback. Thao tác Satisfaction.feedback; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Satisfaction_feedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trả lời phản ánh, kiến nghị
         * @description Tạo câu trả lời trong danh mục kiểm tra. Thao tác Satisfaction.answer; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Satisfaction_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/nonconformity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mở sự không phù hợp từ phản ánh
         * @description Tạo nonconformity. Thao tác Satisfaction.nonconformity; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Satisfaction_nonconformity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{fileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách nội dung tệp
         * @description Danh sách nội dung tệp. Thao tác Documents.content; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Documents_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{fileId}/integrity-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kiểm tra toàn vẹn tệp
         * @description Kiểm tra toàn vẹn tệp. Thao tác Documents.checkIntegrity; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Documents_checkIntegrity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{fileId}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chữ ký số trên tệp PDF
         * @description Mỗi chữ ký (PAdES) trên tệp: VALID (nguyên vẹn, người ký thuộc chuỗi tin cậy đã cấu hình, chứng thư còn hiệu lực lúc ký, không có nội dung thêm sau khi ký mà không được ký tiếp), INVALID, UNTRUSTED hoặc INDETERMINATE. Tệp không phải PDF hoặc không có chữ ký: danh sách rỗng.
         */
        get: operations["FileSignatures_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem phát hiện đánh giá
         * @description Xem phát hiện đánh giá. Thao tác Audits.finding; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_finding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/findings/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách tệp đính kèm
         * @description Danh sách tệp đính kèm. Thao tác Audits.attachments; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_attachments"];
        put?: never;
        /**
         * Tạo tệp đính kèm
         * @description Tạo tệp đính kèm. Thao tác Audits.attach; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Audits_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/findings/{id}/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách nội dung tệp
         * @description Danh sách nội dung tệp. Thao tác Audits.attachmentContent; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Audits_attachmentContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách kế hoạch kiểm tra
         * @description Danh sách kế hoạch kiểm tra. Thao tác Inspections.listPlans; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Inspections_listPlans"];
        put?: never;
        /**
         * Tạo kế hoạch kiểm tra
         * @description Tạo kế hoạch kiểm tra. Thao tác Inspections.createPlan; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Inspections_createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspection-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem kế hoạch kiểm tra
         * @description Xem kế hoạch kiểm tra. Thao tác Inspections.getPlan; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Inspections_getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách cuộc kiểm tra
         * @description Danh sách cuộc kiểm tra. Thao tác Inspections.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Inspections_list"];
        put?: never;
        /**
         * Tạo cuộc kiểm tra
         * @description Tạo cuộc kiểm tra. Thao tác Inspections.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Inspections_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem cuộc kiểm tra
         * @description Xem cuộc kiểm tra. Thao tác Inspections.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Inspections_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/corrective-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo báo cáo khắc phục
         * @description Tạo báo cáo khắc phục. Thao tác Inspections.submitReport; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Inspections_submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/corrective-report/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chấp nhận báo cáo khắc phục
         * @description Chấp nhận báo cáo khắc phục. Thao tác Inspections.accept; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Inspections_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/corrective-report/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Từ chối báo cáo khắc phục
         * @description Từ chối báo cáo khắc phục. Thao tác Inspections.reject; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Inspections_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách thay đổi văn bản pháp luật
         * @description Danh sách thay đổi văn bản pháp luật. Thao tác LegalChanges.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["LegalChanges_list"];
        put?: never;
        /**
         * Tạo thay đổi văn bản pháp luật
         * @description Tạo thay đổi văn bản pháp luật. Thao tác LegalChanges.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["LegalChanges_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem thay đổi văn bản pháp luật
         * @description Xem thay đổi văn bản pháp luật. Thao tác LegalChanges.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["LegalChanges_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-changes/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hoàn thành thay đổi văn bản pháp luật
         * @description Hoàn thành thay đổi văn bản pháp luật. Thao tác LegalChanges.complete; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["LegalChanges_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-changes/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo tài liệu
         * @description Tạo tài liệu. Thao tác LegalChanges.link; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["LegalChanges_link"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/management-review-outputs/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hoàn thành đầu ra xem xét của lãnh đạo
         * @description Hoàn thành đầu ra xem xét của lãnh đạo. Thao tác ManagementReviews.complete; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["ManagementReviews_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/management-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách cuộc họp xem xét của lãnh đạo
         * @description Danh sách cuộc họp xem xét của lãnh đạo. Thao tác ManagementReviews.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["ManagementReviews_list"];
        put?: never;
        /**
         * Tạo cuộc họp xem xét của lãnh đạo
         * @description Tạo cuộc họp xem xét của lãnh đạo. Thao tác ManagementReviews.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["ManagementReviews_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/management-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem cuộc họp xem xét của lãnh đạo
         * @description Xem cuộc họp xem xét của lãnh đạo. Thao tác ManagementReviews.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["ManagementReviews_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/management-reviews/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận đã họp cuộc họp xem xét của lãnh đạo
         * @description Ghi nhận đã họp cuộc họp xem xét của lãnh đạo. Thao tác ManagementReviews.hold; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["ManagementReviews_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/management-reviews/{id}/inputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Thay thế đầu vào xem xét
         * @description Thay thế đầu vào xem xét. Thao tác ManagementReviews.putInputs; mã lỗi trả về theo lược đồ ApiError.
         */
        put: operations["ManagementReviews_putInputs"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/management-reviews/{id}/outputs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo đầu ra xem xét
         * @description Tạo đầu ra xem xét. Thao tác ManagementReviews.addOutput; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["ManagementReviews_addOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách người dùng hiện tại
         * @description Danh sách người dùng hiện tại. Thao tác Auth.me; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách notification-preferences
         * @description Danh sách notification-preferences. Thao tác NotificationPreferences.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["NotificationPreferences_get"];
        /**
         * Thay thế notification-preferences
         * @description Thay thế notification-preferences. Thao tác NotificationPreferences.put; mã lỗi trả về theo lược đồ ApiError.
         */
        put: operations["NotificationPreferences_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo mật khẩu
         * @description Tạo mật khẩu. Thao tác Auth.changePassword; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Auth_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nonconformities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách sự không phù hợp
         * @description Danh sách sự không phù hợp. Thao tác Capa.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Capa_list"];
        put?: never;
        /**
         * Tạo sự không phù hợp
         * @description Tạo sự không phù hợp. Thao tác Capa.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Capa_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nonconformities/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách số liệu tổng hợp
         * @description Danh sách số liệu tổng hợp. Thao tác Capa.summary; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Capa_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nonconformities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem sự không phù hợp
         * @description Xem sự không phù hợp. Thao tác Capa.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Capa_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nonconformities/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hành động khắc phục
         * @description Danh sách hành động khắc phục. Thao tác Capa.actionsOf; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Capa_actionsOf"];
        put?: never;
        /**
         * Tạo hành động khắc phục
         * @description Tạo hành động khắc phục. Thao tác Capa.addAction; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Capa_addAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nonconformities/{id}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo phân tích nguyên nhân
         * @description Tạo phân tích nguyên nhân. Thao tác Capa.analyse; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Capa_analyse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nonconformities/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đóng sự không phù hợp
         * @description Đóng sự không phù hợp. Thao tác Capa.close; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Capa_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nonconformities/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách evidence
         * @description Danh sách evidence. Thao tác Capa.evidenceOf; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Capa_evidenceOf"];
        put?: never;
        /**
         * Tạo evidence
         * @description Tạo evidence. Thao tác Capa.addEvidence; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Capa_addEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nonconformities/{id}/evidence/{fileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách nội dung tệp
         * @description Danh sách nội dung tệp. Thao tác Capa.evidenceContent; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Capa_evidenceContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nonconformities/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mở lại sự không phù hợp
         * @description Mở lại sự không phù hợp. Thao tác Capa.reopen; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Capa_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nonconformities/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kiểm tra xác nhận sự không phù hợp
         * @description Kiểm tra xác nhận sự không phù hợp. Thao tác Capa.verify; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Capa_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách thông báo
         * @description Danh sách thông báo. Thao tác Notifications.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đánh dấu đã đọc tất cả thông báo
         * @description Đánh dấu đã đọc tất cả thông báo. Thao tác Notifications.readAll; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Notifications_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đánh dấu đã đọc thông báo
         * @description Đánh dấu đã đọc thông báo. Thao tác Notifications.read; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedure-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hồ sơ do quy trình tạo ra
         * @description Danh sách hồ sơ do quy trình tạo ra. Thao tác Records.listProcedureRecords; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Records_listProcedureRecords"];
        put?: never;
        /**
         * Tạo hồ sơ do quy trình tạo ra
         * @description Tạo hồ sơ do quy trình tạo ra. Thao tác Records.createProcedureRecord; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Records_createProcedureRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedure-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem hồ sơ do quy trình tạo ra
         * @description Xem hồ sơ do quy trình tạo ra. Thao tác Records.getProcedureRecord; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Records_getProcedureRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật hồ sơ do quy trình tạo ra
         * @description Cập nhật hồ sơ do quy trình tạo ra. Thao tác Records.updateProcedureRecord; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["Records_updateProcedureRecord"];
        trace?: never;
    };
    "/api/v1/process-performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kết quả giải quyết TTHC theo cơ quan hoặc theo tỉnh
         * @description Danh sách process-performance. Thao tác QualityObjectives.report; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["QualityObjectives_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/process-performance/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các lần nhập số liệu giải quyết TTHC
         * @description Danh sách imports. Thao tác QualityObjectives.imports; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["QualityObjectives_imports"];
        put?: never;
        /**
         * Nhập số liệu giải quyết TTHC của một kỳ từ Hệ thống một cửa
         * @description Tạo imports. Thao tác QualityObjectives.import; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["QualityObjectives_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/agencies/{id}/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách công bố hợp chuẩn
         * @description Danh sách công bố hợp chuẩn. Thao tác PublicDeclarations.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["PublicDeclarations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality-objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách mục tiêu chất lượng (format=xlsx: bảng theo dõi)
         * @description Danh sách quality-objectives. Thao tác QualityObjectives.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["QualityObjectives_list"];
        put?: never;
        /**
         * Thiết lập mục tiêu chất lượng
         * @description Tạo quality-objectives. Thao tác QualityObjectives.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["QualityObjectives_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality-objectives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem mục tiêu chất lượng và kết quả đo
         * @description Xem quality-objectives. Thao tác QualityObjectives.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["QualityObjectives_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality-objectives/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kết thúc theo dõi mục tiêu chất lượng
         * @description Đóng quality-objectives. Thao tác QualityObjectives.close; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["QualityObjectives_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality-objectives/{id}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi kết quả đo mục tiêu chất lượng của một kỳ
         * @description Tạo measurements. Thao tác QualityObjectives.measure; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["QualityObjectives_measure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality-systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hệ thống quản lý chất lượng
         * @description Danh sách hệ thống quản lý chất lượng. Thao tác QualitySystems.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["QualitySystems_list"];
        put?: never;
        /**
         * Tạo hệ thống quản lý chất lượng
         * @description Tạo hệ thống quản lý chất lượng. Thao tác QualitySystems.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["QualitySystems_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality-systems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem hệ thống quản lý chất lượng
         * @description Xem hệ thống quản lý chất lượng. Thao tác QualitySystems.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["QualitySystems_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật hệ thống quản lý chất lượng
         * @description Cập nhật hệ thống quản lý chất lượng. Thao tác QualitySystems.update; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["QualitySystems_update"];
        trace?: never;
    };
    "/api/v1/quality-systems/{id}/declaration-readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách điều kiện công bố
         * @description Danh sách điều kiện công bố. Thao tác Declarations.readiness; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Declarations_readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quality-systems/{id}/effectiveness-confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách xác nhận hiệu lực
         * @description Danh sách xác nhận hiệu lực. Thao tác Declarations.confirmations; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Declarations_confirmations"];
        put?: never;
        /**
         * Tạo xác nhận hiệu lực
         * @description Tạo xác nhận hiệu lực. Thao tác Declarations.confirm; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Declarations_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-disposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách đề nghị hủy hồ sơ
         * @description Danh sách đề nghị hủy hồ sơ. Thao tác Records.listDisposals; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Records_listDisposals"];
        put?: never;
        /**
         * Tạo đề nghị hủy hồ sơ
         * @description Tạo đề nghị hủy hồ sơ. Thao tác Records.createDisposal; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Records_createDisposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-disposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem đề nghị hủy hồ sơ
         * @description Xem đề nghị hủy hồ sơ. Thao tác Records.getDisposal; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Records_getDisposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hồ sơ
         * @description Danh sách hồ sơ. Thao tác Records.listRecordFiles; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Records_listRecordFiles"];
        put?: never;
        /**
         * Tạo hồ sơ
         * @description Tạo hồ sơ. Thao tác Records.createRecordFile; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Records_createRecordFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem hồ sơ
         * @description Xem hồ sơ. Thao tác Records.getRecordFile; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Records_getRecordFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-files/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đóng hồ sơ
         * @description Đóng hồ sơ. Thao tác Records.closeRecordFile; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Records_closeRecordFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-files/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách mục
         * @description Danh sách mục. Thao tác Records.recordItems; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Records_recordItems"];
        put?: never;
        /**
         * Tạo mục
         * @description Tạo mục. Thao tác Records.addRecordItem; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Records_addRecordItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-files/{id}/items/{itemId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách nội dung tệp
         * @description Danh sách nội dung tệp. Thao tác Records.recordItemContent; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Records_recordItemContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-files/{id}/legal-hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạo phong tỏa hồ sơ
         * @description Tạo phong tỏa hồ sơ. Thao tác Records.holdRecordFile; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Records_holdRecordFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-files/{id}/legal-hold/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gỡ phong tỏa hồ sơ
         * @description Gỡ phong tỏa hồ sơ. Thao tác Records.releaseRecordFile; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Records_releaseRecordFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách danh mục hồ sơ
         * @description Danh sách danh mục hồ sơ. Thao tác Records.listRecordLists; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Records_listRecordLists"];
        put?: never;
        /**
         * Tạo danh mục hồ sơ
         * @description Tạo danh mục hồ sơ. Thao tác Records.createRecordList; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Records_createRecordList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/record-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem danh mục hồ sơ
         * @description Xem danh mục hồ sơ. Thao tác Records.getRecordList; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Records_getRecordList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật danh mục hồ sơ
         * @description Cập nhật danh mục hồ sơ. Thao tác Records.updateRecordList; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["Records_updateRecordList"];
        trace?: never;
    };
    "/api/v1/reports/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách báo cáo năm
         * @description Danh sách báo cáo năm. Thao tác AnnualReports.annual; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["AnnualReports_annual"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/annual/province": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách tổng hợp cấp tỉnh
         * @description Danh sách tổng hợp cấp tỉnh. Thao tác AnnualReports.province; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["AnnualReports_province"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách mức độ bao phủ thủ tục
         * @description Danh sách mức độ bao phủ thủ tục. Thao tác AdministrativeProcedures.provinceCoverage; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["AdministrativeProcedures_provinceCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risk-actions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hoàn thành hành động xử lý rủi ro
         * @description Hoàn thành risk-actions. Thao tác Risks.complete; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Risks_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách rủi ro, cơ hội (format=xlsx: sổ đăng ký rủi ro)
         * @description Danh sách risks. Thao tác Risks.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Risks_list"];
        put?: never;
        /**
         * Nhận diện rủi ro, cơ hội
         * @description Tạo risks. Thao tác Risks.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Risks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem rủi ro, cơ hội
         * @description Xem risks. Thao tác Risks.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Risks_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật mô tả, đánh giá rủi ro
         * @description Cập nhật risks. Thao tác Risks.update; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["Risks_update"];
        trace?: never;
    };
    "/api/v1/risks/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đóng rủi ro
         * @description Đóng risks. Thao tác Risks.close; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Risks_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mở lại rủi ro
         * @description Mở lại risks. Thao tác Risks.reopen; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Risks_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/{id}/residual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đánh giá rủi ro còn lại và hiệu lực xử lý
         * @description Tạo residual. Thao tác Risks.residual; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Risks_residual"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xem xét định kỳ rủi ro
         * @description Tạo reviews. Thao tác Risks.review; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Risks_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/risks/{id}/treatment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lập kế hoạch xử lý rủi ro
         * @description Tạo treatment. Thao tác Risks.treat; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Risks_treat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rollout-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách kế hoạch triển khai
         * @description Danh sách kế hoạch triển khai. Thao tác RolloutPlans.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["RolloutPlans_list"];
        put?: never;
        /**
         * Tạo kế hoạch triển khai
         * @description Tạo kế hoạch triển khai. Thao tác RolloutPlans.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["RolloutPlans_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rollout-plans/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nhập từ tệp kế hoạch triển khai
         * @description Nhập từ tệp kế hoạch triển khai. Thao tác RolloutPlans.import; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["RolloutPlans_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rollout-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem kế hoạch triển khai
         * @description Xem kế hoạch triển khai. Thao tác RolloutPlans.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["RolloutPlans_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rollout-plans/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách tiến độ
         * @description Danh sách tiến độ. Thao tác RolloutPlans.progress; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["RolloutPlans_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách đợt khảo sát sự hài lòng (format=xlsx: bảng tổng hợp)
         * @description Danh sách satisfaction-surveys. Thao tác Satisfaction.surveys; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Satisfaction_surveys"];
        put?: never;
        /**
         * Ghi kết quả một đợt khảo sát sự hài lòng
         * @description Tạo satisfaction-surveys. Thao tác Satisfaction.createSurvey; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Satisfaction_createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nhập phiếu khảo sát sự hài lòng từ tệp
         * @description Nhập từ tệp satisfaction-surveys. Thao tác Satisfaction.importSurvey; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Satisfaction_importSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/satisfaction-surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem đợt khảo sát sự hài lòng
         * @description Xem satisfaction-surveys. Thao tác Satisfaction.survey; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Satisfaction_survey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hồ sơ đào tạo (format=xlsx: bảng tổng hợp)
         * @description Danh sách training-records. Thao tác TrainingRecords.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["TrainingRecords_list"];
        put?: never;
        /**
         * Ghi hồ sơ đào tạo
         * @description Tạo training-records. Thao tác TrainingRecords.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["TrainingRecords_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem hồ sơ đào tạo
         * @description Xem training-records. Thao tác TrainingRecords.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["TrainingRecords_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-records/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tải lên chứng chỉ đào tạo
         * @description Tạo certificate. Thao tác TrainingRecords.upload; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["TrainingRecords_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-records/{id}/certificate/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải xuống chứng chỉ đào tạo
         * @description Danh sách nội dung tệp. Thao tác TrainingRecords.content; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["TrainingRecords_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách người dùng
         * @description Danh sách người dùng. Thao tác Users.list; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Users_list"];
        put?: never;
        /**
         * Tạo người dùng
         * @description Tạo người dùng. Thao tác Users.create; mã lỗi trả về theo lược đồ ApiError.
         */
        post: operations["Users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem người dùng
         * @description Xem người dùng. Thao tác Users.get; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Users_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Cập nhật người dùng
         * @description Cập nhật người dùng. Thao tác Users.update; mã lỗi trả về theo lược đồ ApiError.
         */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Thay thế vai trò theo cơ quan
         * @description Thay thế vai trò theo cơ quan. Thao tác Users.replaceMemberships; mã lỗi trả về theo lược đồ ApiError.
         */
        put: operations["Users_replaceMemberships"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách tình trạng hệ thống
         * @description Danh sách tình trạng hệ thống. Thao tác Health.live; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness (up or down); with a system administrator’s token, each dependency
         * @description Danh sách sẵn sàng của các thành phần. Thao tác Health.ready; mã lỗi trả về theo lược đồ ApiError.
         */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcknowledgementStatus: {
            /** Format: uuid */
            versionId?: string | null;
            acknowledged: {
                /** Format: uuid */
                userId: string;
                fullName: string;
                /** Format: date-time */
                acknowledgedAt: string;
            }[];
            pending: {
                /** Format: uuid */
                userId: string;
                fullName: string;
            }[];
        };
        /** @description Một trang kết quả */
        ActionPage: {
            items: components["schemas"]["ActionView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        ActionStatus: "PLANNED" | "DONE";
        ActionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            nonconformityId: string;
            /** Format: uuid */
            agencyId: string;
            round: number;
            description: string;
            /** Format: uuid */
            ownerId: string;
            dueDate: string;
            status: string;
            overdue: boolean;
            /** Format: date-time */
            completedAt?: string | null;
            completedBy?: string | null;
            completionNote?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        /** @description Một trang kết quả */
        AdministrativeProcedurePage: {
            items: components["schemas"]["AdministrativeProcedureView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        AdministrativeProcedureView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            code: string;
            name: string;
            field?: string | null;
            active: boolean;
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        AffectedDocumentView: {
            /** Format: uuid */
            documentId: string;
            code: string;
            title: string;
            type: string;
            status: string;
            baselineRevision?: number | null;
            currentRevision?: number | null;
            revised: boolean;
        };
        AgencyCoverage: {
            /** Format: uuid */
            agencyId: string;
            total: number;
            covered: number;
            ratio?: number | null;
            items: components["schemas"]["CoveredItem"][];
        };
        /** @enum {string} */
        AgencyLevel: "PROVINCE" | "DEPARTMENT" | "BRANCH" | "DISTRICT" | "COMMUNE" | "OTHER";
        /** @description Một trang kết quả */
        AgencyPage: {
            items: components["schemas"]["AgencyView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        AgencyPerformance: {
            /** Format: uuid */
            agencyId: string;
            code?: string | null;
            name?: string | null;
            periods: string[];
            received: number;
            onTime: number;
            late: number;
            pending: number;
            onTimeRate?: number | null;
        };
        AgencyTransferResult: {
            problems: components["schemas"]["TransferProblem"][];
            /** Format: uuid */
            id: string;
            name: string;
            dryRun: boolean;
            plan: {
                [key: string]: {
                    [key: string]: unknown;
                }[];
            };
            code: string;
            level: string;
            /** Format: uuid */
            parentId?: string | null;
            status: string;
            /** Format: uuid */
            mergedIntoId?: string | null;
            version: number;
            formerNames?: {
                name: string;
                /** Format: date-time */
                validUntil: string;
            }[];
        };
        AgencyView: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            level: string;
            /** Format: uuid */
            parentId?: string | null;
            status: string;
            /** Format: uuid */
            mergedIntoId?: string | null;
            version: number;
            formerNames?: {
                name: string;
                /** Format: date-time */
                validUntil: string;
            }[];
        };
        AnalysisDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /**
             * @description the immediate correction (sự khắc phục)
             * @example Gửi phiếu xin lỗi cho 2 tổ chức, công dân bị trả kết quả trễ hạn
             */
            correction: string;
            /**
             * @description the root cause found
             * @example Phần mềm một cửa chưa cảnh báo hồ sơ sắp đến hạn
             */
            rootCause: string;
            method: components["schemas"]["AnalysisMethod"];
            /**
             * @description the analysis itself (the five whys, the fishbone branches…)
             * @example Tại sao trễ hạn? Không ai biết hồ sơ sắp đến hạn. Tại sao? Phần mềm không cảnh báo…
             */
            analysis?: string;
        };
        /** @enum {string} */
        AnalysisMethod: "FIVE_WHYS" | "FISHBONE" | "OTHER";
        AnnualReportActionDto: {
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        AnnualReportFigures: {
            year: number;
            period: {
                from: string;
                to: string;
            };
            agency: {
                /** Format: uuid */
                id: string;
                code: string;
                name: string;
            };
            qualitySystem?: {
                /** Format: uuid */
                id: string;
                name: string;
                status: string;
            } | null;
            documents: {
                inForce: number;
                issued: number;
                revised: number;
                withdrawn: number;
            };
            internalAudits: {
                planned: number;
                held: number;
                closed: number;
            };
            nonconformities: {
                raised: number;
                closed: number;
                open: number;
                openMajor: number;
                correctiveActionsCompleted: number;
                correctiveActionsOverdue: number;
            };
            managementReviews: {
                held: number;
                lastHeldOn?: string | null;
            };
            declaration: {
                status: string;
                decisionNumber?: string | null;
                decisionDate?: string | null;
                declaredInYear: number;
            };
            administrativeProcedures: {
                total: number;
                covered: number;
                ratio?: number | null;
            };
            inspections: {
                held: number;
                awaitingReport: number;
            };
            legalChanges: {
                recorded: number;
                done: number;
                overdue: number;
            };
            objectives: {
                total: number;
                met: number;
            };
            processPerformance: {
                received: number;
                onTime: number;
                late: number;
                pending: number;
                onTimeRate?: number | null;
            };
            satisfaction: {
                surveys: number;
                respondents: number;
                satisfied: number;
                satisfiedShare?: number | null;
                feedbackReceived: number;
                feedbackAnswered: number;
            };
            risks: {
                open: number;
                high: number;
                treatmentsAssessed: number;
                treatmentsEffective: number;
            };
        };
        /** @description Một trang kết quả */
        AnnualReportPage: {
            items: components["schemas"]["AnnualReportView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        AnnualReportStatus: "DRAFT" | "SUBMITTED" | "ACCEPTED";
        AnnualReportView: {
            /** Format: uuid */
            id?: string | null;
            /** Format: uuid */
            agencyId: string;
            year: number;
            /** @enum {string} */
            status: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "NOT_CREATED";
            figures: components["schemas"]["AnnualReportFigures"];
            /** Format: date-time */
            compiledAt: string;
            assessment?: string | null;
            difficulties?: string | null;
            proposals?: string | null;
            /** Format: date-time */
            submittedAt?: string | null;
            submittedBy?: string | null;
            /** Format: date-time */
            decidedAt?: string | null;
            decidedBy?: string | null;
            returnReason?: string | null;
            version: number;
        };
        AnswerDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            result: components["schemas"]["ChecklistResult"];
            /**
             * @description what was seen (for NOT_APPLICABLE: why it does not apply)
             * @example Đã kiểm tra 10 hồ sơ tháng 3, 2 hồ sơ trả kết quả trễ hạn
             */
            evidence: string;
        };
        AnswerFeedbackDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            answer: string;
        };
        /** @description Thân trả lời của mọi lỗi */
        ApiError: {
            /** @example 409 */
            statusCode: number;
            code: components["schemas"]["ErrorCode"] | components["schemas"]["StateConflictCode"];
            /** @example Yêu cầu phê duyệt đã được phê duyệt, không thể thực hiện thao tác này */
            message: string;
            details?: components["schemas"]["ErrorDetail"][];
            /** @description Chỉ với lỗi 5xx */
            requestId?: string;
        };
        /** @enum {string} */
        ApprovalKind: "ISSUE" | "REVISION" | "WITHDRAWAL" | "RECORD_LIST" | "DISPOSAL";
        /** @description Một trang kết quả */
        ApprovalRequestPage: {
            items: components["schemas"]["ApprovalRequestView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        ApprovalRequestView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            kind: string;
            subjectType: string;
            /** Format: uuid */
            subjectId: string;
            /** Format: uuid */
            documentId?: string | null;
            /** Format: uuid */
            versionId?: string | null;
            status: string;
            reason: string;
            effectiveDate?: string | null;
            requestedBy?: string | null;
            currentStep?: number | null;
            /** Format: date-time */
            decidedAt?: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            steps: components["schemas"]["StepView"][];
            /** Format: date-time */
            dueAt?: string | null;
        };
        AssessResidualDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /** @description khả năng xảy ra sau xử lý (1–5) */
            likelihood: number;
            /** @description mức độ ảnh hưởng sau xử lý (1–5) */
            impact: number;
            /** @description did the treatment work? */
            effective: boolean;
            comment: string;
        };
        /** @description Một trang kết quả */
        AttachmentPage: {
            items: components["schemas"]["AttachmentView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        AttachmentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            findingId: string;
            name: string;
            size: number;
            contentType: string;
            sha256: string;
            uploadedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AuditActionDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /** @example Họp khai mạc lúc 8 giờ tại phòng họp số 2 */
            comment?: string;
        };
        AuditEntry: {
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            actorId?: string | null;
            actorName?: string | null;
            /** Format: uuid */
            agencyId?: string | null;
            subjectType: string;
            subjectId: string;
            action: string;
            fromState?: string | null;
            toState?: string | null;
            reason?: string | null;
            data?: {
                [key: string]: unknown;
            } | null;
            requestId?: string | null;
            prevHash: string;
            hash: string;
            hashAlg: components["schemas"]["AuditHashAlg"];
        };
        /** @description Một trang kết quả */
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        AuditHashAlg: "sha256" | "hmac-sha256";
        /** @description Một trang kết quả */
        AuditPage: {
            items: components["schemas"]["AuditView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @description Một trang kết quả */
        AuditProgrammePage: {
            items: components["schemas"]["AuditProgrammeView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        AuditProgrammeView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            qualitySystemId: string;
            year: number;
            objectives: string;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
            audits: {
                total: number;
                byStatus: {
                    [key: string]: number;
                };
            };
        };
        AuditReport: {
            audit: components["schemas"]["AuditView"];
            checklist: {
                total: number;
                conforming: number;
                nonconforming: number;
                notApplicable: number;
                unanswered: number;
            };
            byType: {
                MAJOR_NC: number;
                MINOR_NC: number;
                OBSERVATION: number;
                OFI: number;
            };
            byClause: components["schemas"]["ClauseRow"][];
            findings: components["schemas"]["FindingView"][];
        };
        AuditScope: {
            processes: string[];
            clauses: string[];
            units: string[];
        };
        AuditScopeDto: {
            /**
             * @example [
             *       "Quy trình cấp phiếu lý lịch tư pháp"
             *     ]
             */
            processes: string[];
            /**
             * @example [
             *       "7.5",
             *       "8.5.1",
             *       "9.1.2"
             *     ]
             */
            clauses: string[];
            /**
             * @description units audited; empty means the whole of each audited agency
             * @example [
             *       "Phòng Hành chính tư pháp"
             *     ]
             */
            units: string[];
        };
        /** @enum {string} */
        AuditStatus: "PLANNED" | "IN_PROGRESS" | "REPORTED" | "CLOSED";
        AuditTrailVerification: {
            checkpoint?: {
                lastId: string;
                at: string;
                matches: boolean;
                stale: boolean;
            };
            /** @enum {string} */
            problem?: "CHAIN_BROKEN" | "TAIL_TRUNCATED" | "TAIL_REWRITTEN" | "CHECKPOINT_FORGED";
            ok: boolean;
            checked: number;
            firstBrokenId?: string;
        };
        AuditView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            qualitySystemId: string;
            title: string;
            scope: components["schemas"]["AuditScope"];
            criteria: string;
            plannedStart: string;
            plannedEnd: string;
            /** Format: uuid */
            leadAuditorId: string;
            auditorIds: string[];
            auditeeAgencyIds: string[];
            /** @enum {string} */
            status: "PLANNED" | "IN_PROGRESS" | "REPORTED" | "CLOSED";
            /** Format: date-time */
            startedAt?: string | null;
            /** Format: date-time */
            reportedAt?: string | null;
            reportSummary?: string | null;
            /** Format: date-time */
            closedAt?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
            findingCounts: {
                [key: string]: number;
            };
            nonconformities: {
                total: number;
                open: number;
            };
        };
        /** @description Một trang kết quả */
        AuditorUnitPage: {
            items: components["schemas"]["AuditorUnitView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        AuditorUnitView: {
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            userId: string;
            fullName: string;
            internalAuditor: boolean;
            qualification?: {
                /** Format: uuid */
                trainingRecordId: string;
                course: string;
                completedOn: string;
                expiresOn?: string | null;
            } | null;
            unit?: string | null;
            /** Format: date-time */
            updatedAt?: string | null;
            version?: number | null;
        };
        BoardLoginFormResponse: string;
        CapaSummaryResponse: {
            open: number;
            byAgency: {
                /** Format: uuid */
                agencyId: string;
                open: number;
            }[];
            bySource: {
                [key: string]: number;
            };
            bySeverity: {
                [key: string]: number;
            };
            byStatus: {
                [key: string]: number;
            };
            overdueActions: number;
        };
        CatalogueImportResult: {
            /** Format: uuid */
            agencyId: string;
            created: number;
            updated: number;
            unchanged: number;
            deactivated: number;
            total: number;
        };
        CertificateView: {
            /** Format: uuid */
            id: string;
            name: string;
            size: number;
            contentType: string;
            sha256: string;
            uploadedBy?: string | null;
            /** Format: date-time */
            uploadedAt: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description at least 10 characters after NFC normalisation; not containing the username; not a common password; no control characters */
            newPassword: string;
        };
        ChecklistItemDto: {
            /** @example 7.5.3 */
            clause: string;
            /** @example Tài liệu bên ngoài (văn bản pháp luật) có được cập nhật và kiểm soát không? */
            question: string;
        };
        ChecklistItemView: {
            /** Format: uuid */
            id: string;
            position: number;
            clause: string;
            clauseTitle?: string | null;
            question: string;
            result?: string | null;
            evidence?: string | null;
            answeredBy?: string | null;
            /** Format: date-time */
            answeredAt?: string | null;
            /** Format: uuid */
            copiedFromId?: string | null;
            version: number;
        };
        /** @enum {string} */
        ChecklistResult: "CONFORMING" | "NONCONFORMING" | "NOT_APPLICABLE";
        ChecklistView: {
            /** Format: uuid */
            auditId: string;
            /** @enum {string} */
            auditStatus: "PLANNED" | "IN_PROGRESS" | "REPORTED" | "CLOSED";
            version: number;
            items: components["schemas"]["ChecklistItemView"][];
            summary: {
                total: number;
                conforming: number;
                nonconforming: number;
                notApplicable: number;
                unanswered: number;
            };
        };
        ClauseRow: {
            clause: string;
            clauseTitle?: string | null;
            total: number;
            MAJOR_NC: number;
            MINOR_NC: number;
            OBSERVATION: number;
            OFI: number;
        };
        CloseNonconformityDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /** @example Đã khắc phục và kiểm tra hiệu lực */
            comment?: string;
        };
        CloseObjectiveDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            comment?: string;
        };
        CloseRecordFileDto: {
            /** @description YYYY-MM-DD the work ended; default today */
            closedOn?: string;
            /** @description the version seen (or If-Match) */
            version?: number;
        };
        CloseRiskDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            reason: string;
        };
        CompleteActionDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /**
             * @description what was done
             * @example Đã cấu hình cảnh báo từ ngày 15/4, kèm ảnh chụp màn hình
             */
            note?: string;
        };
        CompleteReviewActionDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            note?: string;
        };
        CompleteRiskActionDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            note?: string;
        };
        /** @description Một trang kết quả */
        ConfirmationPage: {
            items: components["schemas"]["ConfirmationView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        ConfirmationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            qualitySystemId: string;
            /** Format: uuid */
            agencyId: string;
            confirmedOn: string;
            statement: string;
            confirmedBy?: string | null;
            /** Format: uuid */
            declarationId?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CoveredItem: {
            code: string;
            name: string;
            field?: string | null;
            covered: boolean;
            procedures: {
                /** Format: uuid */
                documentId: string;
                /** Format: uuid */
                agencyId: string;
                code: string;
                title: string;
            }[];
        };
        CreateAgencyDto: {
            /** @example SKHCN */
            code: string;
            /** @example Sở Khoa học và Công nghệ */
            name: string;
            level: components["schemas"]["AgencyLevel"];
            /** Format: uuid */
            parentId?: Record<string, never> | null;
        };
        CreateAnnualReportDto: {
            /** @description overall assessment (đánh giá chung) */
            assessment?: string;
            /** @description difficulties (khó khăn, vướng mắc) */
            difficulties?: string;
            /** @description proposals (kiến nghị, đề xuất) */
            proposals?: string;
            /** Format: uuid */
            agencyId: string;
            /** @example 2026 */
            year: number;
        };
        CreateApprovalRequestDto: {
            kind: components["schemas"]["ApprovalKind"];
            /**
             * Format: uuid
             * @description the document (subjectType document); or give subjectType and subjectId
             */
            documentId?: string;
            /**
             * @description what is decided on: document (default; ISSUE, REVISION, WITHDRAWAL), recordList (RECORD_LIST: a list of records) or recordDisposal (DISPOSAL: a disposal of records)
             * @example recordList
             */
            subjectType?: string;
            /**
             * Format: uuid
             * @description the subject (with subjectType); for a document, documentId may be given instead
             */
            subjectId?: string;
            /**
             * Format: uuid
             * @description the draft version (ISSUE, REVISION); defaults to the open draft
             */
            versionId?: string;
            /** @example Ban hành quy trình mới */
            reason: string;
            /**
             * @description YYYY-MM-DD; default the day of final approval
             * @example 2026-12-01
             */
            effectiveDate?: string;
        };
        CreateAuditDto: {
            /** Format: uuid */
            programmeId: string;
            /** @example Đánh giá nội bộ đợt 1 năm 2026 */
            title: string;
            scope: components["schemas"]["AuditScopeDto"];
            /** @example TCVN ISO 9001:2015; các quy trình, quy định nội bộ; quy định pháp luật liên quan */
            criteria: string;
            /**
             * @description YYYY-MM-DD, in the programme year
             * @example 2026-05-04
             */
            plannedStart: string;
            /**
             * @description YYYY-MM-DD, on or after plannedStart
             * @example 2026-05-08
             */
            plannedEnd: string;
            /**
             * Format: uuid
             * @description an INTERNAL_AUDITOR of the QMS
             */
            leadAuditorId: string;
            /** @description the other INTERNAL_AUDITORs of the team */
            auditorIds: string[];
            /** @description agencies of the QMS being audited */
            auditeeAgencyIds: string[];
        };
        CreateAuditProgrammeDto: {
            /**
             * Format: uuid
             * @description the agency; the programme belongs to its QMS
             */
            agencyId: string;
            /** @example 2026 */
            year: number;
            /** @example Đánh giá toàn bộ các quá trình của HTQLCL ít nhất một lần trong năm */
            objectives: string;
        };
        CreateCorrectiveActionDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /**
             * @description what removes the cause (hành động khắc phục)
             * @example Cấu hình cảnh báo hồ sơ đến hạn trên phần mềm một cửa
             */
            description: string;
            /**
             * Format: uuid
             * @description an active member of the agency
             */
            ownerId: string;
            /**
             * @description YYYY-MM-DD, today or later
             * @example 2026-06-30
             */
            dueDate: string;
        };
        CreateDeclarationDto: {
            /**
             * Format: uuid
             * @description an agency of the QMS declared (its lead agency records it)
             */
            agencyId: string;
            /**
             * @description number of the decision (quyết định công bố)
             * @example 15/QĐ-STP
             */
            decisionNumber: string;
            /**
             * @description YYYY-MM-DD, not in the future
             * @example 2026-12-01
             */
            decisionDate: string;
            /** @example Nguyễn Văn A */
            signerName: string;
            /** @example Giám đốc Sở Tư pháp */
            signerTitle: string;
            /** @example Các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Tư pháp */
            scope: string;
            /** @description TTHC codes of the catalogue the declaration covers; default every TTHC a procedure in force covers */
            administrativeProcedureCodes?: string[];
        };
        CreateDisposalDto: {
            /** Format: uuid */
            agencyId: string;
            /** @description the files to dispose of; default every file due */
            fileIds?: string[];
            /** @example Hủy hồ sơ hết thời hạn bảo quản năm 2026 */
            reason: string;
        };
        CreateDocumentDto: {
            /** Format: uuid */
            agencyId: string;
            /** @example QT-05 */
            code: string;
            /** @example Quy trình kiểm soát tài liệu */
            title: string;
            type: components["schemas"]["DocumentType"];
            /**
             * Format: uuid
             * @description the procedure a FORM belongs to
             */
            parentId?: string;
            /** @example Văn phòng Sở */
            ownerUnit?: string;
            /** @default 12 */
            reviewIntervalMonths: number;
            /**
             * @description a TTHC code covered by this procedure (see also administrativeProcedureCodes)
             * @example 1.001234
             */
            administrativeProcedureCode?: string;
            /**
             * @example [
             *       "1.001234",
             *       "2.000123"
             *     ]
             */
            administrativeProcedureCodes?: string[];
            /** @description users who must acknowledge; default every STAFF member */
            distributionUserIds?: string[];
            /**
             * @description change summary of the first draft
             * @example Ban hành lần đầu theo Quyết định số 15/QĐ-STP
             */
            changeSummary?: string;
        };
        CreateEffectivenessConfirmationDto: {
            /**
             * @description YYYY-MM-DD, not in the future
             * @example 2026-11-25
             */
            confirmedOn: string;
            /** @example Hệ thống quản lý chất lượng của Sở được xây dựng, áp dụng phù hợp TCVN ISO 9001:2015 và có hiệu lực */
            statement: string;
        };
        CreateFeedbackDto: {
            /** Format: uuid */
            agencyId: string;
            /** @description COMPLAINT: phản ánh; SUGGESTION: kiến nghị */
            kind: components["schemas"]["FeedbackKind"];
            channel: components["schemas"]["FeedbackChannel"];
            receivedOn: string;
            citizenName?: string;
            procedureCode?: string;
            /** @example Hồ sơ nộp ngày 03/3 đến nay chưa được trả kết quả, không được thông báo lý do */
            content: string;
        };
        CreateFindingDto: {
            type: components["schemas"]["FindingType"];
            /** @example 8.5.1 */
            clause: string;
            /** @example Hồ sơ TTHC trả kết quả trễ hạn không có phiếu xin lỗi */
            description: string;
            /**
             * @description the objective evidence seen
             * @example Sổ theo dõi hồ sơ tháng 2: hồ sơ 000.12.34, 000.12.56
             */
            evidence: string;
            /**
             * Format: uuid
             * @description the audited agency concerned; required when the audit covers several
             */
            auditeeAgencyId?: string;
            /**
             * Format: uuid
             * @description the checklist question it answers
             */
            checklistItemId?: string;
        };
        CreateInspectionDto: {
            /** Format: uuid */
            agencyId: string;
            kind: components["schemas"]["InspectionKind"];
            /**
             * @description YYYY-MM-DD, not in the future
             * @example 2026-06-15
             */
            inspectedOn: string;
            /**
             * @example [
             *       "Nguyễn Văn Kiểm",
             *       "Trần Thị Tra"
             *     ]
             */
            inspectors: string[];
            /** @example Cơ quan duy trì, cải tiến HTQLCL cơ bản đáp ứng yêu cầu */
            conclusion: string;
            findings: components["schemas"]["InspectionFindingDto"][];
        };
        CreateInspectionPlanDto: {
            /** Format: uuid */
            provinceAgencyId: string;
            /** @example 2026 */
            year: number;
            /** @example Kế hoạch kiểm tra việc áp dụng HTQLCL năm 2026 */
            title: string;
            items: components["schemas"]["InspectionPlanItemDto"][];
        };
        CreateLegalChangeDto: {
            /**
             * Format: uuid
             * @description the agency whose documents are affected
             */
            agencyId: string;
            /** @example Nghị định 07/2025/NĐ-CP */
            reference: string;
            /** @example Sửa đổi, bổ sung Nghị định 123/2015/NĐ-CP quy định chi tiết Luật Hộ tịch */
            title: string;
            /**
             * @description YYYY-MM-DD
             * @example 2025-01-09
             */
            issuedOn?: string;
            /**
             * @description entry into force, YYYY-MM-DD
             * @example 2025-02-25
             */
            effectiveFrom: string;
            summary?: string;
            /** @description documents in force of the agency it affects */
            documentIds?: string[];
        };
        CreateManagementReviewDto: {
            /**
             * Format: uuid
             * @description the agency; the review covers its QMS
             */
            agencyId: string;
            /** @example Họp xem xét của lãnh đạo năm 2026 */
            title: string;
            /**
             * @description YYYY-MM-DD
             * @example 2026-11-20
             */
            plannedDate: string;
            /**
             * Format: uuid
             * @description the head of agency (APPROVER) chairing it
             */
            chairId: string;
            /** @description members of the agencies of the QMS */
            participantIds: string[];
        };
        CreateMeasurementDto: {
            /**
             * @description a year (2026), a quarter (2026-Q1) or a month (2026-03)
             * @example 2026-Q1
             */
            period: string;
            /** @example 97.5 */
            value: number;
            /** @example Báo cáo kết quả giải quyết TTHC quý 1 trên Hệ thống một cửa */
            evidence?: string;
        };
        CreateNonconformityDto: {
            /** Format: uuid */
            agencyId: string;
            source: components["schemas"]["NonconformitySource"];
            /**
             * Format: uuid
             * @description an audit finding (source AUDIT), e.g. an observation raised to a nonconformity
             */
            findingId?: string;
            /** @example Hồ sơ TTHC trả kết quả trễ hạn không có phiếu xin lỗi */
            description: string;
            severity: components["schemas"]["NonconformitySeverity"];
            /**
             * @description the TCVN ISO 9001:2015 clause not met
             * @example 8.5.1
             */
            clause?: string;
        };
        CreatePeriodicReviewDto: {
            /** @description NO_CHANGE: still fit, next review one interval from today; REVISION_NEEDED: a revision must follow */
            outcome: components["schemas"]["PeriodicReviewOutcome"];
            /**
             * @description what was reviewed and concluded
             * @example Quy trình vẫn phù hợp với quy định hiện hành, giữ nguyên
             */
            comment?: string;
        };
        CreateProcedureRecordDto: {
            /** @description years kept after closing; omit when permanent */
            retentionYears?: number;
            /** @description kept permanently (vĩnh viễn); then no retentionYears */
            permanent?: boolean;
            /**
             * Format: uuid
             * @description the procedure (a PROCEDURE document of the agency)
             */
            documentId: string;
            /**
             * @description the form the record is made from
             * @example BM-01/QT-05
             */
            formCode?: string;
            /** @example Sổ theo dõi hồ sơ đăng ký khai sinh */
            name: string;
            /** @example Phòng Hành chính tư pháp */
            ownerUnit: string;
            /** @example Kho lưu trữ Sở, tủ số 2 */
            location: string;
            medium: components["schemas"]["RecordMedium"];
        };
        CreateQualityObjectiveDto: {
            /** Format: uuid */
            agencyId: string;
            /** @example 2026 */
            year: number;
            /** @example 100% hồ sơ TTHC được giải quyết đúng hạn */
            title: string;
            /** @example Tỷ lệ hồ sơ giải quyết đúng hạn */
            indicator: string;
            /** @example 98 */
            target: number;
            /** @example % */
            unit: string;
            /** @default AT_LEAST */
            direction: components["schemas"]["ObjectiveDirection"];
            /** @default QUARTERLY */
            frequency: components["schemas"]["ObjectiveFrequency"];
            /** @description ON_TIME_RATE: measured from the imported one-stop data (percentage resolved on time) */
            binding?: components["schemas"]["ObjectiveBinding"];
            /** @description with a binding: one TTHC’s figure (default: all of the agency’s) */
            procedureCode?: string;
        };
        CreateQualitySystemDto: {
            /** @example HTQLCL Sở Tư pháp */
            name: string;
            /** @example Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở */
            scope: string;
            /** Format: uuid */
            leadAgencyId: string;
            /** @description other agencies covered (the lead is always a member) */
            memberAgencyIds?: string[];
        };
        CreateRecordFileDto: {
            /**
             * Format: uuid
             * @description the item of an approved list the file is opened under
             */
            listItemId: string;
            /** @description số và ký hiệu hồ sơ; default: the item code and a sequence number */
            code?: string;
            /** @description default: the item title */
            title?: string;
            /** @description YYYY-MM-DD; default today */
            openedOn?: string;
        };
        CreateRecordListDto: {
            /** Format: uuid */
            agencyId: string;
            /** @example 2026 */
            year: number;
            /** @description default: Danh mục hồ sơ năm <year> */
            title?: string;
        };
        CreateReviewOutputDto: {
            kind: components["schemas"]["OutputKind"];
            /** @description 9.3.3 a) improvement, b) QMS change, c) resources */
            category: components["schemas"]["OutputCategory"];
            /** @example Bổ sung 01 biên chế cho bộ phận một cửa */
            description: string;
            /**
             * Format: uuid
             * @description required for an ACTION
             */
            ownerId?: string;
            /**
             * @description required for an ACTION; YYYY-MM-DD
             * @example 2027-03-31
             */
            dueDate?: string;
        };
        CreateRevisionDto: {
            /** @example Cập nhật theo Nghị định mới */
            reason: string;
            /**
             * @description a new title for the document, applied when the revision takes effect
             * @example Quy trình kiểm soát tài liệu (sửa đổi lần 2)
             */
            title?: string;
        };
        CreateRiskDto: {
            /** Format: uuid */
            agencyId: string;
            /** @default RISK */
            kind: components["schemas"]["RiskKind"];
            /** @example Hồ sơ cấp phiếu lý lịch tư pháp trả kết quả trễ hạn do chờ xác minh */
            title: string;
            /** @example Quy trình cấp phiếu lý lịch tư pháp */
            process?: string;
            cause?: string;
            consequence?: string;
            /** @description khả năng xảy ra (1–5) */
            likelihood: number;
            /** @description mức độ ảnh hưởng (1–5) */
            impact: number;
        };
        CreateRolloutPlanDto: {
            /** Format: uuid */
            provinceAgencyId: string;
            /** @example Kế hoạch triển khai ISO điện tử tỉnh Kon Tum giai đoạn 2024-2030 */
            title: string;
            /** @example Kế hoạch 123/KH-UBND */
            reference?: string;
            items: components["schemas"]["RolloutPlanItemDto"][];
        };
        CreateSurveyDto: {
            /** Format: uuid */
            agencyId: string;
            /**
             * @description a year (2026), a quarter (2026-Q1) or a month (2026-03)
             * @example 2026-Q1
             */
            period: string;
            /** @example Khảo sát sự hài lòng của người dân quý 1/2026 */
            title: string;
            /** @example Phiếu khảo sát tại Bộ phận Một cửa */
            method?: string;
            respondents: number;
            /** @description respondents satisfied or very satisfied */
            satisfied: number;
            questions?: components["schemas"]["SurveyQuestionInput"][];
        };
        CreateTrainingRecordDto: {
            /** Format: uuid */
            agencyId: string;
            /**
             * Format: uuid
             * @description an active member of the agency
             */
            userId: string;
            category: components["schemas"]["TrainingCategory"];
            /** @example Chuyên gia đánh giá nội bộ HTQLCL theo TCVN ISO 9001:2015 */
            course: string;
            /** @example Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Kon Tum */
            provider: string;
            completedOn: string;
            /** @description end of the certificate’s validity; none: does not expire */
            expiresOn?: string;
            certificateNumber?: string;
        };
        CreateUserDto: {
            /** @example nguyenvana */
            username: string;
            /** @description At least 10 characters after NFC normalisation, not containing the username, not a common password, no control characters. */
            password: string;
            /** @example Nguyễn Văn A */
            fullName: string;
            email?: string;
            /** @description initial memberships (required for agency administrators) */
            memberships?: components["schemas"]["MembershipDto"][];
        };
        CreateWebhookDto: {
            /**
             * @description http or https
             * @example https://motcua.kontum.gov.vn/iso/webhook
             */
            url: string;
            /** @description omitted: every event of the feed */
            eventTypes?: components["schemas"]["FeedEventType"][];
            /** @default true */
            active: boolean;
        };
        DashboardAgency: {
            /** Format: uuid */
            agencyId: string;
            code: string;
            name: string;
            level: string;
            /** Format: uuid */
            parentId?: string | null;
            qualitySystem?: {
                /** Format: uuid */
                id: string;
                name: string;
                status: string;
            } | null;
            declaration?: {
                /** Format: uuid */
                id: string;
                status: string;
                decisionNumber: string;
                decisionDate: string;
            } | null;
            coverage: {
                total: number;
                covered: number;
                ratio?: number | null;
            };
            overdueDeadlines: number;
            openNonconformities: number;
            openMajorNonconformities: number;
            annualReport: string;
            quality: components["schemas"]["QmsDashboardFigures"];
        };
        DashboardTotals: {
            agencies: number;
            withQms: number;
            applying: number;
            declared: number;
            redeclarationRequired: number;
            coverage: {
                total: number;
                covered: number;
                ratio?: number | null;
            };
            overdueDeadlines: number;
            openNonconformities: number;
            openMajorNonconformities: number;
            annualReportsSubmitted: number;
            objectives: number;
            objectivesMet: number;
            dossiersReceived: number;
            dossiersOnTime: number;
            dossiersLate: number;
            onTimeRate?: number | null;
            surveyRespondents: number;
            satisfied: number;
            satisfiedShare?: number | null;
        };
        Deadline: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            kind: "APPROVAL_STEP" | "PERIODIC_REVIEW" | "CORRECTIVE_ACTION" | "ACKNOWLEDGEMENT" | "AUDIT" | "MANAGEMENT_REVIEW" | "ANNUAL_REPORT" | "LEGAL_CHANGE" | "REDECLARATION" | "INSPECTION_REPORT" | "RECORD_RETENTION" | "RISK_ACTION" | "RISK_REVIEW" | "OBJECTIVE_MEASUREMENT" | "FEEDBACK_ANSWER" | "TRAINING_EXPIRY";
            subjectType: string;
            /** Format: uuid */
            subjectId: string;
            title: string;
            /** Format: date-time */
            dueAt: string;
            responsibleUserIds: string[];
            responsibleRole?: string | null;
            /** @enum {string} */
            status: "OPEN" | "MET" | "CANCELLED";
            /** Format: date-time */
            closedAt?: string | null;
            /** Format: date-time */
            nextReminderAt?: string | null;
            nextReminderStep?: number | null;
            obligationKey?: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        DeadlineKind: "APPROVAL_STEP" | "PERIODIC_REVIEW" | "CORRECTIVE_ACTION" | "ACKNOWLEDGEMENT" | "AUDIT" | "MANAGEMENT_REVIEW" | "ANNUAL_REPORT" | "LEGAL_CHANGE" | "REDECLARATION" | "INSPECTION_REPORT" | "RECORD_RETENTION" | "RISK_ACTION" | "RISK_REVIEW" | "OBJECTIVE_MEASUREMENT" | "FEEDBACK_ANSWER" | "TRAINING_EXPIRY";
        /** @description Một trang kết quả */
        DeadlinePage: {
            items: components["schemas"]["Deadline"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        DeadlineStatus: "OPEN" | "MET" | "CANCELLED";
        DecideCorrectiveReportDto: {
            /** @description required when rejecting */
            comment?: string;
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        DecisionDto: {
            /**
             * @description required to reject or return
             * @example Đề nghị bổ sung lưu đồ ở mục 5 trước khi ban hành
             */
            comment?: string;
            /** @description the request version the decision was made on (or If-Match); approve, reject and return need it or stepOrder */
            version?: number;
            /** @description the step being decided; approve, reject and return need it or the request version (a step that has moved on is a 409) */
            stepOrder?: number;
        };
        DecisionSignatureView: {
            /** @enum {string} */
            role: "PERSON" | "AGENCY";
            status: components["schemas"]["SignatureStatus"];
            signer: components["schemas"]["SignerInfo"];
            signedAt?: string | null;
            reason?: string | null;
            coversWholeDocument: boolean;
        };
        /** @enum {string} */
        DecisionSigner: "PERSON" | "AGENCY";
        DecisionSigningView: {
            /** Format: uuid */
            requestId: string;
            /** @enum {string} */
            stage: "PERSON" | "AGENCY";
            sha256: string;
            decision?: components["schemas"]["SignedDecisionView"] | null;
        };
        /** @description Một trang kết quả */
        DeclarationPage: {
            items: components["schemas"]["DeclarationView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        DeclarationReadiness: {
            /** Format: uuid */
            qualitySystemId: string;
            ready: boolean;
            preconditions: components["schemas"]["Precondition"][];
            current?: components["schemas"]["DeclarationView"] | null;
        };
        /** @enum {string} */
        DeclarationStatus: "IN_FORCE" | "REDECLARATION_REQUIRED" | "SUPERSEDED" | "LAPSED";
        DeclarationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            qualitySystemId: string;
            /** Format: uuid */
            agencyId: string;
            agencyIds: string[];
            decisionNumber: string;
            decisionDate: string;
            signerName: string;
            signerTitle: string;
            scope: string;
            administrativeProcedureCodes: string[];
            status: string;
            /** Format: date-time */
            redeclarationRequiredAt?: string | null;
            redeclarationReason?: string | null;
            /** Format: uuid */
            previousId?: string | null;
            /** Format: uuid */
            supersededById?: string | null;
            /** Format: date-time */
            supersededAt?: string | null;
            /** Format: date-time */
            lapsedAt?: string | null;
            /** Format: uuid */
            confirmationId: string;
            recordedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        DisposalFileView: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
            closedOn?: string | null;
            retentionEndsOn?: string | null;
            status: string;
            legalHold: boolean;
        };
        /** @enum {string} */
        DisposalStatus: "DRAFT" | "IN_APPROVAL" | "APPROVED" | "REJECTED" | "EXECUTED";
        DisposedObject: {
            /** Format: uuid */
            fileId: string;
            fileCode: string;
            /** Format: uuid */
            itemId: string;
            name: string;
            sha256: string;
            size: number;
            objectKey: string;
        };
        DissolveAgencyDto: {
            /**
             * Format: uuid
             * @description the main successor: receives the sub-agencies, every record and membership not mapped elsewhere, and keeps the history
             */
            intoAgencyId: string;
            /** @example Nghị quyết giải thể, chia đơn vị hành chính */
            reason: string;
            /** @description documents that go to another agency */
            documents?: components["schemas"]["DocumentTargetDto"][];
            /** @description users whose membership goes to another agency */
            users?: components["schemas"]["UserTargetDto"][];
            /** @description as for a merger */
            codeMapping?: components["schemas"]["DocumentCodeMappingDto"][];
        };
        DocumentCodeMappingDto: {
            /** @example QT-HCTP-01 */
            from: string;
            /** @example QT-HCTP-01-NH */
            to: string;
        };
        /** @enum {string} */
        DocumentStatus: "DRAFT" | "EFFECTIVE" | "WITHDRAWN";
        DocumentTargetDto: {
            /** Format: uuid */
            documentId: string;
            /**
             * Format: uuid
             * @description the agency the document goes to
             */
            intoAgencyId: string;
        };
        /** @enum {string} */
        DocumentType: "POLICY" | "OBJECTIVES" | "MANUAL" | "PROCEDURE" | "GUIDE" | "FORM" | "EXTERNAL" | "RECORD";
        DocumentView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            code: string;
            title: string;
            type: string;
            /** Format: uuid */
            parentId?: string | null;
            ownerUnit?: string | null;
            reviewIntervalMonths: number;
            nextReviewDate?: string | null;
            administrativeProcedureCodes: string[];
            distributionUserIds?: string[] | null;
            status: string;
            inForce: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            currentVersion?: components["schemas"]["VersionView"] | null;
            draftVersion?: components["schemas"]["VersionView"] | null;
            formerCodes?: {
                code: string;
                /** Format: uuid */
                agencyId: string;
                /** Format: date-time */
                until: string;
            }[];
        };
        DocumentsAcknowledgeResponse: {
            /** Format: uuid */
            versionId: string;
            /** Format: date-time */
            acknowledgedAt: string;
        };
        DocumentsCheckIntegrityResponse: {
            /** Format: uuid */
            fileId: string;
            sha256: string;
            status: components["schemas"]["IntegrityStatus"];
            /** Format: date-time */
            checkedAt: string;
        };
        DocumentsListItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            code: string;
            title: string;
            type: string;
            /** Format: uuid */
            parentId?: string | null;
            ownerUnit?: string | null;
            reviewIntervalMonths: number;
            nextReviewDate?: string | null;
            administrativeProcedureCodes: string[];
            distributionUserIds?: string[] | null;
            status: string;
            inForce: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            currentVersion?: components["schemas"]["VersionView"] | null;
            draftVersion?: components["schemas"]["VersionView"] | null;
            formerCodes?: {
                code: string;
                /** Format: uuid */
                agencyId: string;
                /** Format: date-time */
                until: string;
            }[];
            revision?: number | null;
            effectiveFrom?: string | null;
        };
        /** @description Một trang kết quả */
        DocumentsListItemPage: {
            items: components["schemas"]["DocumentsListItem"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @description Một trang kết quả */
        EmailDeliveryPage: {
            items: components["schemas"]["EmailDeliveryView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        EmailDeliveryView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            notificationId: string;
            /** Format: uuid */
            agencyId: string;
            kind: string;
            toAddress: string;
            subject: string;
            status: components["schemas"]["EmailStatus"];
            attempts: number;
            lastError?: string | null;
            /** Format: date-time */
            sentAt?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        EmailStatus: "PENDING" | "SENDING" | "SENT" | "FAILED" | "SKIPPED";
        /**
         * @description Mã lỗi trong danh mục lỗi (xem docs); mỗi mã có một HTTP status cố định
         * @enum {string}
         */
        ErrorCode: "AGENCY_CYCLE" | "AGENCY_DISSOLVED" | "AGENCY_HAS_NO_QMS" | "AGENCY_MERGED" | "AGENCY_MERGE_INVALID" | "AGENCY_STRUCTURE_ADMIN_ONLY" | "APPROVAL_ALREADY_OPEN" | "APPROVAL_ONE_STEP_PER_PERSON" | "APPROVAL_SIGNATURE_NOT_REQUIRED" | "APPROVAL_SIGNATURE_NOT_VALID" | "APPROVAL_SIGNATURE_REQUIRED" | "APPROVAL_SIGNED_FILE_MISMATCH" | "APPROVAL_STEP_ALREADY_DECIDED" | "APPROVAL_STEP_NOT_CURRENT" | "AUDITOR_NOT_INDEPENDENT" | "AUDITOR_NOT_QUALIFIED" | "AUDITOR_UNIT_UNKNOWN" | "AUDIT_CHECKLIST_UNANSWERED" | "AUDIT_HAS_OPEN_NONCONFORMITIES" | "CONTROLLED_COPY_NOT_PDF" | "CONTROLLED_COPY_NOT_PUBLISHED" | "CONTROLLED_COPY_TOO_LARGE" | "CONTROLLED_COPY_UNREADABLE" | "DECISION_ALREADY_SIGNED" | "DECISION_FORM_UNAVAILABLE" | "DECISION_NOT_ISSUED" | "DECISION_NOT_PRINTED" | "DECISION_PERSON_ALREADY_SIGNED" | "DECISION_PERSON_NOT_SIGNED" | "DECISION_SIGNATURES_MISSING" | "DECISION_SIGNATURE_NOT_VALID" | "DECISION_SIGNED_FILE_MISMATCH" | "DECISION_SIGNERS_NOT_DISTINCT" | "DECLARATION_PRECONDITIONS_NOT_MET" | "DEPENDENCY_UNAVAILABLE" | "DOCUMENT_METADATA_CONTROLLED" | "DUPLICATE" | "EMAIL_NOT_FAILED" | "FEEDBACK_ALREADY_ESCALATED" | "FILE_INTEGRITY_FAILED" | "FILE_PACKAGE_INVALID" | "FILE_PACKAGE_TOO_LARGE" | "FILE_TYPE_MISMATCH" | "FORBIDDEN" | "IDEMPOTENCY_IN_PROGRESS" | "IDEMPOTENCY_KEY_MISMATCH" | "INSPECTION_PLAN_INCOMPLETE" | "INSPECTION_PLAN_TOO_FEW_ON_SITE" | "INTERNAL" | "INVALID_CREDENTIALS" | "INVALID_REFRESH_TOKEN" | "JSON_TOO_DEEP" | "LEGAL_CHANGE_DOCUMENTS_NOT_REVISED" | "MALFORMED_JSON" | "MEASUREMENT_OUT_OF_YEAR" | "MEASUREMENT_PERIOD_TAKEN" | "NOT_ACKNOWLEDGEABLE" | "NOT_AUDIT_TEAM_MEMBER" | "NOT_FOUND" | "NOT_YOUR_STEP" | "OBJECTIVE_MEASURED_BY_IMPORT" | "PASSWORD_CHANGE_REQUIRED" | "PAYLOAD_TOO_LARGE" | "QMS_AGENCY_NOT_COVERED" | "QMS_MANAGERS_ONLY" | "RECORD_FILE_IN_DISPOSAL" | "RECORD_FILE_NOT_DUE" | "RECORD_FILE_ON_LEGAL_HOLD" | "RECORD_LIST_EMPTY" | "RECORD_LIST_EXISTS" | "RECORD_LIST_NOT_APPROVED" | "RECORD_NOTHING_DUE" | "REFRESH_TOKEN_REUSED" | "REQUEST_BODY_TIMEOUT" | "RISK_ACTIONS_OPEN" | "RISK_TREATMENT_NEEDS_ACTIONS" | "ROUTE_NOT_FOUND" | "SEPARATION_OF_DUTIES" | "SIGNING_NOT_CONFIGURED" | "SIGNING_PROVIDER_FAILED" | "STALE_VERSION" | "STATE_CONFLICT" | "TOO_MANY_IDEMPOTENCY_KEYS" | "TOO_MANY_LOGIN_ATTEMPTS" | "UNAUTHENTICATED" | "UNSUPPORTED_FILE_TYPE" | "UPLOAD_MALFORMED" | "UPLOAD_STALLED" | "VALIDATION_FAILED" | "VERIFIER_IS_ACTION_OWNER" | "VERSION_HAS_NO_FILES";
        ErrorDetail: {
            /** @example title */
            field?: string;
            /** @example isNotEmpty */
            code?: string;
            /** @example Tên tài liệu không được để trống */
            message: string;
        };
        /** @description Một trang kết quả */
        EvidenceFilePage: {
            items: components["schemas"]["EvidenceFileView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        EvidenceFileView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            nonconformityId: string;
            /** Format: uuid */
            correctiveActionId?: string | null;
            name: string;
            size: number;
            contentType: string;
            sha256: string;
            uploadedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        FeedEventType: "agency.merged" | "qualitySystem.scopeChanged" | "qualitySystem.effectivenessConfirmed" | "administrativeProcedures.imported" | "auditProgramme.created" | "audit.planned" | "audit.started" | "audit.reported" | "audit.closed" | "audit.findingLogged" | "managementReview.planned" | "managementReview.held" | "managementReview.outputRecorded" | "managementReview.actionCompleted" | "nonconformity.opened" | "nonconformity.analysed" | "nonconformity.action_planned" | "nonconformity.implemented" | "nonconformity.verified" | "nonconformity.notEffective" | "nonconformity.closed" | "nonconformity.open" | "correctiveAction.planned" | "correctiveAction.completed" | "document.versionEffective" | "document.withdrawn" | "document.coverageChanged" | "deadline.met" | "deadline.cancelled" | "legalChange.recorded" | "legalChange.done" | "declaration.recorded" | "declaration.redeclarationRequired" | "rolloutPlan.created" | "inspectionPlan.created" | "inspection.recorded" | "inspection.reportSubmitted" | "inspection.reportAccepted" | "inspection.reportRejected" | "annualReport.submitted" | "annualReport.accepted" | "annualReport.returned";
        FeedItem: {
            cursor: string;
            type: string;
            occurredAt: string;
            /** Format: uuid */
            agencyId: string;
            agencyIds: string[];
            subject: {
                type: string;
                /** Format: uuid */
                id: string;
            };
            payload: {
                [key: string]: unknown;
            };
        };
        FeedPage: {
            items: components["schemas"]["FeedItem"][];
            nextCursor?: string | null;
        };
        /** @enum {string} */
        FeedbackChannel: "HOTLINE" | "EMAIL" | "PORTAL" | "IN_PERSON" | "MAIL" | "OTHER";
        /** @enum {string} */
        FeedbackKind: "COMPLAINT" | "SUGGESTION";
        FeedbackNonconformityDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /** @enum {string} */
            severity: "MAJOR" | "MINOR";
            /** @description default: the feedback’s content */
            description?: string;
        };
        /** @description Một trang kết quả */
        FeedbackPage: {
            items: components["schemas"]["FeedbackView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        FeedbackStatus: "RECEIVED" | "ANSWERED";
        FeedbackView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            kind: string;
            channel: string;
            receivedOn: string;
            citizenName?: string | null;
            procedureCode?: string | null;
            content: string;
            status: string;
            answer?: string | null;
            /** Format: date-time */
            answeredAt?: string | null;
            answeredBy?: string | null;
            answerDueOn: string;
            overdue: boolean;
            /** Format: uuid */
            nonconformityId?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        FileView: {
            /** Format: uuid */
            id: string;
            name: string;
            size: number;
            contentType: string;
            sha256: string;
            uploadedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description Một trang kết quả */
        FindingPage: {
            items: components["schemas"]["FindingView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        FindingType: "MAJOR_NC" | "MINOR_NC" | "OBSERVATION" | "OFI";
        FindingView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            auditId: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            auditeeAgencyId: string;
            type: string;
            clause: string;
            clauseTitle?: string | null;
            description: string;
            evidence: string;
            /** Format: uuid */
            checklistItemId?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            nonconformity?: {
                /** Format: uuid */
                id: string;
                status: string;
            } | null;
            attachments: components["schemas"]["AttachmentView"][];
        };
        HealthLiveResponse: {
            status: string;
        };
        HealthReadyResponse: {
            status: string;
        } | {
            statusCode: number;
            code: string;
            message: string;
            details: unknown[];
            status: string;
        } | {
            status: string;
            checks: {
                database: {
                    /** @enum {string} */
                    status: "up";
                } | {
                    /** @enum {string} */
                    status: "down";
                    error: string;
                };
                redis: {
                    /** @enum {string} */
                    status: "up";
                } | {
                    /** @enum {string} */
                    status: "down";
                    error: string;
                };
                storage: {
                    /** @enum {string} */
                    status: "up";
                } | {
                    /** @enum {string} */
                    status: "down";
                    error: string;
                };
            };
            worker: {
                lastHeartbeat: unknown;
            };
        } | {
            statusCode: number;
            code: string;
            message: string;
            details: {
                field: string;
                message: string;
            }[];
            status: string;
            checks: {
                database: {
                    /** @enum {string} */
                    status: "up";
                } | {
                    /** @enum {string} */
                    status: "down";
                    error: string;
                };
                redis: {
                    /** @enum {string} */
                    status: "up";
                } | {
                    /** @enum {string} */
                    status: "down";
                    error: string;
                };
                storage: {
                    /** @enum {string} */
                    status: "up";
                } | {
                    /** @enum {string} */
                    status: "down";
                    error: string;
                };
            };
            worker: {
                lastHeartbeat: unknown;
            };
        };
        HoldReviewDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /**
             * @description YYYY-MM-DD, not in the future
             * @example 2026-11-20
             */
            heldOn: string;
            /**
             * @description the minutes (biên bản) of the meeting
             * @example Biên bản họp xem xét của lãnh đạo năm 2026: …
             */
            minutes?: string;
            /** @description who attended, when not as planned */
            participantIds?: string[];
        };
        InputNotesDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /** @example Đã hoàn thành 4/5 hành động của cuộc họp năm trước */
            previousActions?: string;
            /** @example Sáp nhập phòng Công chứng vào phòng Bổ trợ tư pháp */
            contextChanges?: string;
            /** @example 95% người dân hài lòng theo khảo sát quý III */
            customerSatisfaction?: string;
            /** @example Đạt 3/4 mục tiêu chất lượng năm */
            qualityObjectives?: string;
            /** @example 98,5% hồ sơ TTHC giải quyết đúng hạn */
            processPerformance?: string;
            /** @example 3 điểm không phù hợp, đã đóng 2 */
            nonconformities?: string;
            /** @example Kết quả theo dõi, đo lường các quá trình đạt yêu cầu */
            monitoringResults?: string;
            /** @example Đánh giá nội bộ tháng 3: 1 điểm không phù hợp nặng */
            auditResults?: string;
            /** @example Nhà cung cấp phần mềm một cửa đáp ứng yêu cầu */
            externalProviders?: string;
            /** @example Thiếu 01 công chức tại bộ phận một cửa */
            resources?: string;
            /** @example Rủi ro trễ hạn khi số hồ sơ tăng cuối năm */
            risksAndOpportunities?: string;
            /** @example Số hóa hồ sơ lưu trữ trước năm 2020 */
            improvementOpportunities?: string;
        };
        InspectionDetail: {
            findings: {
                /** Format: uuid */
                id: string;
                position: number;
                type: string;
                clause?: string | null;
                description: string;
                severity?: string | null;
                /** Format: uuid */
                nonconformityId?: string | null;
            }[];
            reports: {
                /** Format: uuid */
                id: string;
                round: number;
                content: string;
                submittedBy?: string | null;
                /** Format: date-time */
                submittedAt: string;
                decision?: string | null;
                decisionComment?: string | null;
                decidedBy?: string | null;
                /** Format: date-time */
                decidedAt?: string | null;
            }[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            provinceAgencyId: string;
            /** Format: uuid */
            planId?: string | null;
            kind: string;
            inspectedOn: string;
            inspectors: string[];
            conclusion: string;
            status: string;
            reportDue?: string | null;
            round: number;
            findingCounts: {
                NONCONFORMITY: number;
                RECOMMENDATION: number;
            };
            recordedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        InspectionFindingDto: {
            type: components["schemas"]["InspectionFindingType"];
            /** @example 7.5.3 */
            clause?: string;
            description: string;
            /**
             * @description how serious a NONCONFORMITY finding is (the nonconformity it opens has this severity)
             * @default MINOR
             * @enum {string}
             */
            severity: "MAJOR" | "MINOR";
        };
        /** @enum {string} */
        InspectionFindingType: "NONCONFORMITY" | "RECOMMENDATION";
        /** @enum {string} */
        InspectionKind: "DOSSIER" | "ON_SITE";
        /** @description Một trang kết quả */
        InspectionPage: {
            items: components["schemas"]["InspectionView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        InspectionPlanDetail: {
            inspected: {
                dossier: number;
                onSite: number;
            };
            items: {
                /** Format: uuid */
                agencyId: string;
                code: string;
                name: string;
                level: string;
                onSite: boolean;
                plannedMonth?: number | null;
                inspections: {
                    /** Format: uuid */
                    id: string;
                    kind: string;
                    inspectedOn: string;
                    status: string;
                }[];
            }[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceAgencyId: string;
            year: number;
            title: string;
            agencies: number;
            onSite: number;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        InspectionPlanItemDto: {
            /** Format: uuid */
            agencyId: string;
            /** @description also inspected on site (every agency of the plan has its dossier checked) */
            onSite: boolean;
            plannedMonth?: number;
        };
        /** @description Một trang kết quả */
        InspectionPlanPage: {
            items: components["schemas"]["InspectionPlanView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        InspectionPlanView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceAgencyId: string;
            year: number;
            title: string;
            agencies: number;
            onSite: number;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        /** @enum {string} */
        InspectionStatus: "CLOSED" | "AWAITING_REPORT" | "REPORT_SUBMITTED" | "REPORT_ACCEPTED";
        InspectionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            provinceAgencyId: string;
            /** Format: uuid */
            planId?: string | null;
            kind: string;
            inspectedOn: string;
            inspectors: string[];
            conclusion: string;
            status: string;
            reportDue?: string | null;
            round: number;
            findingCounts: {
                NONCONFORMITY: number;
                RECOMMENDATION: number;
            };
            recordedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        /** @enum {string} */
        IntegrityStatus: "OK" | "CORRUPT" | "MISSING";
        LegalChangeDetail: {
            documents: components["schemas"]["AffectedDocumentView"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            reference: string;
            title: string;
            issuedOn?: string | null;
            effectiveFrom: string;
            reviseBy: string;
            summary?: string | null;
            status: string;
            overdue: boolean;
            /** Format: date-time */
            completedAt?: string | null;
            completedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        /** @description Một trang kết quả */
        LegalChangePage: {
            items: components["schemas"]["LegalChangeView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        LegalChangeStatus: "OPEN" | "DONE";
        LegalChangeView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            reference: string;
            title: string;
            issuedOn?: string | null;
            effectiveFrom: string;
            reviseBy: string;
            summary?: string | null;
            status: string;
            overdue: boolean;
            /** Format: date-time */
            completedAt?: string | null;
            completedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        LegalHoldDto: {
            /** @example Đang giải quyết khiếu nại số 12/KN */
            reason: string;
            /** @description the version seen (or If-Match) */
            version?: number;
        };
        LinkDocumentsDto: {
            documentIds: string[];
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        LoginDto: {
            /** @example admin */
            username: string;
            /** @example Admin@12345 */
            password: string;
        };
        LogoutDto: {
            /** @description ignored: the session of the access token is ended */
            refreshToken?: string;
        };
        ManagementReviewDetail: {
            inputs: components["schemas"]["ReviewInputs"];
            outputs: components["schemas"]["ReviewOutputView"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            qualitySystemId: string;
            title: string;
            plannedDate: string;
            heldOn?: string | null;
            /** Format: uuid */
            chairId: string;
            participantIds: string[];
            status: string;
            minutes?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        /** @description Một trang kết quả */
        ManagementReviewPage: {
            items: components["schemas"]["ManagementReviewView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        ManagementReviewView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            qualitySystemId: string;
            title: string;
            plannedDate: string;
            heldOn?: string | null;
            /** Format: uuid */
            chairId: string;
            participantIds: string[];
            status: string;
            minutes?: string | null;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        MeasurementView: {
            period: string;
            value: number;
            evidence?: string | null;
            source: string;
            achieved: boolean;
            achievement?: number | null;
            recordedBy?: string | null;
            /** Format: date-time */
            recordedAt: string;
        };
        Membership: {
            /** Format: uuid */
            agencyId: string;
            roles: ("SYSTEM_ADMIN" | "OVERSIGHT" | "AGENCY_ADMIN" | "ISO_SECRETARY" | "DRAFTER" | "REVIEWER" | "APPROVER" | "INTERNAL_AUDITOR" | "STAFF")[];
        };
        MembershipDto: {
            /** Format: uuid */
            agencyId: string;
            roles: components["schemas"]["MembershipRole"][];
        };
        /** @enum {string} */
        MembershipRole: "OVERSIGHT" | "AGENCY_ADMIN" | "ISO_SECRETARY" | "DRAFTER" | "REVIEWER" | "APPROVER" | "INTERNAL_AUDITOR" | "STAFF";
        MergeAgencyDto: {
            /**
             * Format: uuid
             * @description the surviving agency
             */
            intoAgencyId: string;
            /** @example Nghị quyết sáp nhập đơn vị hành chính cấp xã */
            reason: string;
            /** @description new codes for the merged agency's documents; a document not listed takes the merged agency's code as a prefix (`<agency code>-<code>`). The old code stays searchable. */
            codeMapping?: components["schemas"]["DocumentCodeMappingDto"][];
        };
        NonconformityDetail: {
            analyses: {
                round: number;
                correction: string;
                rootCause: string;
                method: string;
                analysis?: string | null;
                analysedBy?: string | null;
                /** Format: date-time */
                analysedAt: string;
            }[];
            actions: components["schemas"]["ActionView"][];
            verifications: {
                round: number;
                effective: boolean;
                comment: string;
                verifiedBy?: string | null;
                /** Format: date-time */
                verifiedAt: string;
            }[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            source: string;
            severity: string;
            /** Format: uuid */
            findingId?: string | null;
            /** Format: uuid */
            auditId?: string | null;
            /** Format: uuid */
            inspectionId?: string | null;
            /** Format: uuid */
            inspectionFindingId?: string | null;
            clause?: string | null;
            description: string;
            status: string;
            round: number;
            correction?: string | null;
            rootCause?: string | null;
            analysisMethod?: string | null;
            analysis?: string | null;
            /** Format: date-time */
            analysedAt?: string | null;
            analysedBy?: string | null;
            raisedBy?: string | null;
            /** Format: date-time */
            closedAt?: string | null;
            closedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            actionCounts: {
                total: number;
                planned: number;
                done: number;
                overdue: number;
            };
        };
        /** @description Một trang kết quả */
        NonconformityPage: {
            items: components["schemas"]["NonconformityView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        NonconformitySeverity: "MAJOR" | "MINOR";
        /** @enum {string} */
        NonconformitySource: "AUDIT" | "COMPLAINT" | "PROCESS" | "INSPECTION" | "OTHER";
        /** @enum {string} */
        NonconformityStatus: "OPEN" | "ANALYSED" | "ACTION_PLANNED" | "IMPLEMENTED" | "VERIFIED" | "CLOSED";
        NonconformityView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            source: string;
            severity: string;
            /** Format: uuid */
            findingId?: string | null;
            /** Format: uuid */
            auditId?: string | null;
            /** Format: uuid */
            inspectionId?: string | null;
            /** Format: uuid */
            inspectionFindingId?: string | null;
            clause?: string | null;
            description: string;
            status: string;
            round: number;
            correction?: string | null;
            rootCause?: string | null;
            analysisMethod?: string | null;
            analysis?: string | null;
            /** Format: date-time */
            analysedAt?: string | null;
            analysedBy?: string | null;
            raisedBy?: string | null;
            /** Format: date-time */
            closedAt?: string | null;
            closedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            actionCounts: {
                total: number;
                planned: number;
                done: number;
                overdue: number;
            };
        };
        /**
         * @description kinds the user receives no notification of at all (in the app or by e-mail)
         * @enum {string}
         */
        NoticeKind: "APPROVAL_STEP_ASSIGNED" | "APPROVAL_SUBMITTED" | "APPROVAL_APPROVED" | "APPROVAL_REJECTED" | "APPROVAL_RETURNED" | "APPROVAL_CANCELLED" | "READ_REQUIRED" | "NONCONFORMITY_OPENED" | "CORRECTIVE_ACTION_ASSIGNED" | "AGENCY_ACTION_REQUIRED" | "INSPECTION_RECORDED" | "INSPECTION_REPORT_REJECTED" | "DECLARATION_LAPSED";
        NoticeKindView: {
            /** @enum {string} */
            kind: "APPROVAL_STEP_ASSIGNED" | "APPROVAL_SUBMITTED" | "APPROVAL_APPROVED" | "APPROVAL_REJECTED" | "APPROVAL_RETURNED" | "APPROVAL_CANCELLED" | "READ_REQUIRED" | "NONCONFORMITY_OPENED" | "CORRECTIVE_ACTION_ASSIGNED" | "AGENCY_ACTION_REQUIRED" | "INSPECTION_RECORDED" | "INSPECTION_REPORT_REJECTED" | "DECLARATION_LAPSED";
            description: string;
        };
        NotificationEmailView: {
            status: components["schemas"]["EmailStatus"];
            attempts: number;
            /** Format: date-time */
            sentAt?: string | null;
            lastError?: string | null;
        };
        NotificationPreferencesDto: {
            /** @description kinds the user receives no notification of at all (in the app or by e-mail) */
            mutedKinds: components["schemas"]["NoticeKind"][];
            /** @description kinds shown in the app but not sent by e-mail */
            emailMutedKinds?: components["schemas"]["NoticeKind"][];
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        NotificationPreferencesView: {
            mutedKinds: ("APPROVAL_STEP_ASSIGNED" | "APPROVAL_SUBMITTED" | "APPROVAL_APPROVED" | "APPROVAL_REJECTED" | "APPROVAL_RETURNED" | "APPROVAL_CANCELLED" | "READ_REQUIRED" | "NONCONFORMITY_OPENED" | "CORRECTIVE_ACTION_ASSIGNED" | "AGENCY_ACTION_REQUIRED" | "INSPECTION_RECORDED" | "INSPECTION_REPORT_REJECTED" | "DECLARATION_LAPSED")[];
            emailMutedKinds: ("APPROVAL_STEP_ASSIGNED" | "APPROVAL_SUBMITTED" | "APPROVAL_APPROVED" | "APPROVAL_REJECTED" | "APPROVAL_RETURNED" | "APPROVAL_CANCELLED" | "READ_REQUIRED" | "NONCONFORMITY_OPENED" | "CORRECTIVE_ACTION_ASSIGNED" | "AGENCY_ACTION_REQUIRED" | "INSPECTION_RECORDED" | "INSPECTION_REPORT_REJECTED" | "DECLARATION_LAPSED")[];
            version: number;
            kinds: components["schemas"]["NoticeKindView"][];
        };
        NotificationResourceView: {
            type: string;
            /** Format: uuid */
            id: string;
        };
        NotificationView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            deadlineId?: string | null;
            /** Format: uuid */
            reminderId?: string | null;
            kind: string;
            title: string;
            body: string;
            resource?: components["schemas"]["NotificationResourceView"] | null;
            /** Format: date-time */
            readAt?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            email?: components["schemas"]["NotificationEmailView"] | null;
        };
        NotificationsListResponse: {
            items: components["schemas"]["NotificationView"][];
            page: number;
            pageSize: number;
            total: number;
            unread: number;
        };
        NotificationsReadAllResponse: {
            updated: number;
        };
        /**
         * @description ON_TIME_RATE: measured from the imported one-stop data (percentage resolved on time)
         * @enum {string}
         */
        ObjectiveBinding: "ON_TIME_RATE";
        ObjectiveDetail: {
            measurements: components["schemas"]["MeasurementView"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            year: number;
            title: string;
            indicator: string;
            target: number;
            unit: string;
            direction: string;
            frequency: string;
            binding?: string | null;
            procedureCode?: string | null;
            status: string;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            latestPeriod?: string | null;
            latestValue?: number | null;
            achieved?: boolean | null;
            achievement?: number | null;
            trend?: string | null;
            improving?: boolean | null;
            measurementCount: number;
            nextDuePeriod?: string | null;
        };
        /** @enum {string} */
        ObjectiveDirection: "AT_LEAST" | "AT_MOST";
        /** @enum {string} */
        ObjectiveFrequency: "MONTHLY" | "QUARTERLY" | "YEARLY";
        /** @description Một trang kết quả */
        ObjectivePage: {
            items: components["schemas"]["ObjectiveView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        ObjectiveStatus: "TRACKING" | "CLOSED";
        ObjectiveView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            year: number;
            title: string;
            indicator: string;
            target: number;
            unit: string;
            direction: string;
            frequency: string;
            binding?: string | null;
            procedureCode?: string | null;
            status: string;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            latestPeriod?: string | null;
            latestValue?: number | null;
            achieved?: boolean | null;
            achievement?: number | null;
            trend?: string | null;
            improving?: boolean | null;
            measurementCount: number;
            nextDuePeriod?: string | null;
        };
        /**
         * @description 9.3.3 a) improvement, b) QMS change, c) resources
         * @enum {string}
         */
        OutputCategory: "IMPROVEMENT" | "QMS_CHANGE" | "RESOURCES";
        /** @enum {string} */
        OutputKind: "DECISION" | "ACTION";
        PerformanceFigures: {
            received: number;
            onTime: number;
            late: number;
            pending: number;
            onTimeRate?: number | null;
        };
        /** @description Một trang kết quả */
        PerformanceImportPage: {
            items: components["schemas"]["PerformanceImportView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        PerformanceImportResult: {
            replaced?: string | null;
            objectivesMeasured: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            period: string;
            status: string;
            format: string;
            rowCount: number;
            received: number;
            onTime: number;
            late: number;
            pending: number;
            onTimeRate?: number | null;
            importedBy?: string | null;
            replacedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        PerformanceImportView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            period: string;
            status: string;
            format: string;
            rowCount: number;
            received: number;
            onTime: number;
            late: number;
            pending: number;
            onTimeRate?: number | null;
            importedBy?: string | null;
            replacedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        /**
         * @description NO_CHANGE: still fit, next review one interval from today; REVISION_NEEDED: a revision must follow
         * @enum {string}
         */
        PeriodicReviewOutcome: "NO_CHANGE" | "REVISION_NEEDED";
        /** @description Một trang kết quả */
        PeriodicReviewPage: {
            items: components["schemas"]["PeriodicReviewView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        PeriodicReviewView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            /** Format: uuid */
            versionId?: string | null;
            /** @enum {string} */
            outcome: "NO_CHANGE" | "REVISION_NEEDED";
            comment?: string | null;
            reviewedBy?: string | null;
            /** Format: date-time */
            reviewedAt: string;
            nextReviewDate?: string | null;
        };
        PlanTreatmentDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            strategy: components["schemas"]["RiskStrategy"];
            /** @example Giảm thiểu: theo dõi hồ sơ chờ xác minh hằng tuần */
            treatment: string;
            actions?: components["schemas"]["RiskActionInput"][];
        };
        Precondition: {
            /** @enum {string} */
            code: "QMS_NOT_SUSPENDED" | "DOCUMENTS_IN_FORCE" | "INTERNAL_AUDIT_WITHIN_12_MONTHS" | "MANAGEMENT_REVIEW_WITHIN_12_MONTHS" | "NO_OPEN_MAJOR_NONCONFORMITY" | "EFFECTIVENESS_CONFIRMED";
            met: boolean;
            message: string;
            data: {
                [key: string]: unknown;
            };
        };
        ProcedurePerformance: {
            procedureCode: string;
            procedureName?: string | null;
            received: number;
            onTime: number;
            late: number;
            pending: number;
            onTimeRate?: number | null;
        };
        /** @description Một trang kết quả */
        ProcedureRecordPage: {
            items: components["schemas"]["ProcedureRecordView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        ProcedureRecordView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            documentId: string;
            procedureCode: string;
            formCode?: string | null;
            name: string;
            ownerUnit: string;
            location: string;
            retentionYears?: number | null;
            permanent: boolean;
            retention: string;
            medium: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        ProcessPerformanceReport: {
            /** Format: uuid */
            agencyId?: string | null;
            /** Format: uuid */
            provinceAgencyId?: string | null;
            period?: string | null;
            year?: number | null;
            totals: components["schemas"]["PerformanceFigures"];
            byAgency: components["schemas"]["AgencyPerformance"][];
            byProcedure: components["schemas"]["ProcedurePerformance"][];
        };
        ProvinceCoverage: {
            /** Format: uuid */
            provinceAgencyId: string;
            total: number;
            covered: number;
            ratio?: number | null;
            agencies: {
                /** Format: uuid */
                agencyId: string;
                code: string;
                name: string;
                level: string;
                total: number;
                covered: number;
                ratio?: number | null;
            }[];
        };
        ProvinceDashboard: {
            /** Format: uuid */
            provinceAgencyId: string;
            asOf: string;
            year: number;
            totals: components["schemas"]["DashboardTotals"];
            byTier: {
                agencies: number;
                withQms: number;
                applying: number;
                declared: number;
                redeclarationRequired: number;
                coverage: {
                    total: number;
                    covered: number;
                    ratio?: number | null;
                };
                overdueDeadlines: number;
                openNonconformities: number;
                openMajorNonconformities: number;
                annualReportsSubmitted: number;
                objectives: number;
                objectivesMet: number;
                dossiersReceived: number;
                dossiersOnTime: number;
                dossiersLate: number;
                onTimeRate?: number | null;
                surveyRespondents: number;
                satisfied: number;
                satisfiedShare?: number | null;
                level: string;
            }[];
            agencies: components["schemas"]["DashboardAgency"][];
        };
        ProvinceRollup: {
            /** Format: uuid */
            provinceAgencyId: string;
            year: number;
            byStatus: {
                [key: string]: number;
            };
            totals: {
                [key: string]: number;
            };
            agencies: components["schemas"]["ProvinceRollupRow"][];
        };
        ProvinceRollupRow: {
            /** Format: uuid */
            agencyId: string;
            code: string;
            name: string;
            level: string;
            /** Format: uuid */
            reportId?: string | null;
            status: string;
            /** Format: date-time */
            submittedAt?: string | null;
            figures?: components["schemas"]["AnnualReportFigures"] | null;
        };
        PublicDeclarationRow: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            qualitySystemId: string;
            qualitySystemName: string;
            /** Format: uuid */
            agencyId: string;
            agencyName: string;
            agencyIds: string[];
            decisionNumber: string;
            decisionDate: string;
            signerName: string;
            signerTitle: string;
            scope: string;
            administrativeProcedureCodes: string[];
            status: string;
            /** Format: date-time */
            redeclarationRequiredAt?: string | null;
            /** Format: date-time */
            supersededAt?: string | null;
        };
        /** @description Một trang kết quả */
        PublicDeclarationRowPage: {
            items: components["schemas"]["PublicDeclarationRow"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        PutAuditorUnitDto: {
            /**
             * @description the auditor's home unit in the agency
             * @example Phòng Hành chính tư pháp
             */
            unit: string;
        };
        PutChecklistDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            items: components["schemas"]["ChecklistItemDto"][];
        };
        PutRiskThresholdsDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /**
             * @description score from which a risk is MEDIUM
             * @example 6
             */
            mediumFrom: number;
            /**
             * @description score from which a risk is HIGH
             * @example 12
             */
            highFrom: number;
        };
        PutWorkflowTemplateDto: {
            steps: components["schemas"]["TemplateStepDto"][];
            version?: number;
        };
        QmsDashboardFigures: {
            objectives: number;
            objectivesMet: number;
            received: number;
            onTime: number;
            late: number;
            onTimeRate?: number | null;
            respondents: number;
            satisfied: number;
            satisfiedShare?: number | null;
        };
        /** @description Một trang kết quả */
        QualitySystemPage: {
            items: components["schemas"]["QualitySystemView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        QualitySystemStatus: "BUILDING" | "APPLYING" | "DECLARED" | "SUSPENDED" | "MERGED";
        QualitySystemView: {
            /** Format: uuid */
            id: string;
            name: string;
            scope: string;
            /** Format: uuid */
            leadAgencyId: string;
            memberAgencyIds: string[];
            standard: string;
            status: string;
            /** Format: uuid */
            mergedIntoId?: string | null;
            version: number;
        };
        RecordDisposalDetail: {
            files: components["schemas"]["DisposalFileView"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            status: string;
            reason: string;
            fileIds: string[];
            objects?: components["schemas"]["DisposedObject"][] | null;
            approvedBy?: string | null;
            /** Format: date-time */
            approvedAt?: string | null;
            /** Format: date-time */
            executedAt?: string | null;
            removedKeys?: string[] | null;
            keptKeys?: string[] | null;
            createdBy?: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description Một trang kết quả */
        RecordDisposalPage: {
            items: components["schemas"]["RecordDisposalView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        RecordDisposalView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            status: string;
            reason: string;
            fileIds: string[];
            objects?: components["schemas"]["DisposedObject"][] | null;
            approvedBy?: string | null;
            /** Format: date-time */
            approvedAt?: string | null;
            /** Format: date-time */
            executedAt?: string | null;
            removedKeys?: string[] | null;
            keptKeys?: string[] | null;
            createdBy?: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        RecordFileDetail: {
            items: components["schemas"]["RecordItemView"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            listId: string;
            /** Format: uuid */
            listItemId: string;
            code: string;
            title: string;
            openedOn: string;
            closedOn?: string | null;
            status: string;
            retentionYears?: number | null;
            permanent: boolean;
            retention: string;
            retentionEndsOn?: string | null;
            legalHold: boolean;
            legalHoldReason?: string | null;
            /** Format: uuid */
            disposalId?: string | null;
            itemCount: number;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description Một trang kết quả */
        RecordFilePage: {
            items: components["schemas"]["RecordFileView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        RecordFileStatus: "OPEN" | "CLOSED" | "DISPOSED";
        RecordFileView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            listId: string;
            /** Format: uuid */
            listItemId: string;
            code: string;
            title: string;
            openedOn: string;
            closedOn?: string | null;
            status: string;
            retentionYears?: number | null;
            permanent: boolean;
            retention: string;
            retentionEndsOn?: string | null;
            legalHold: boolean;
            legalHoldReason?: string | null;
            /** Format: uuid */
            disposalId?: string | null;
            itemCount: number;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description Một trang kết quả */
        RecordItemPage: {
            items: components["schemas"]["RecordItemView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        RecordItemView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fileId: string;
            name: string;
            size: number;
            contentType: string;
            sha256: string;
            number?: string | null;
            issuedOn?: string | null;
            author?: string | null;
            title?: string | null;
            formCode?: string | null;
            uploadedBy?: string | null;
            /** Format: date-time */
            disposedAt?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RecordListDetail: {
            items: components["schemas"]["RecordListItemView"][];
            permanentCount: number;
            limitedCount: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            year: number;
            title: string;
            status: string;
            createdBy?: string | null;
            approvedBy?: string | null;
            /** Format: date-time */
            approvedAt?: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            itemCount: number;
        };
        RecordListItemDto: {
            /** @description years kept after closing; omit when permanent */
            retentionYears?: number;
            /** @description kept permanently (vĩnh viễn); then no retentionYears */
            permanent?: boolean;
            /** @description đề mục the item is grouped under */
            heading?: string;
            /**
             * @description số và ký hiệu hồ sơ
             * @example QT-05.01
             */
            code: string;
            /**
             * @description tên đề mục và tiêu đề hồ sơ
             * @example Hồ sơ đăng ký khai sinh năm 2026
             */
            title: string;
            /** @description đơn vị/người lập hồ sơ */
            ownerUnit: string;
            location?: string;
            medium: components["schemas"]["RecordMedium"];
            /** @description ghi chú */
            note?: string;
            /**
             * Format: uuid
             * @description the declared record it comes from
             */
            procedureRecordId?: string;
        };
        RecordListItemView: {
            /** Format: uuid */
            id: string;
            position: number;
            heading?: string | null;
            code: string;
            title: string;
            retentionYears?: number | null;
            permanent: boolean;
            retention: string;
            ownerUnit: string;
            location?: string | null;
            medium: string;
            note?: string | null;
            /** Format: uuid */
            procedureRecordId?: string | null;
        };
        /** @description Một trang kết quả */
        RecordListPage: {
            items: components["schemas"]["RecordListView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        RecordListStatus: "DRAFT" | "IN_APPROVAL" | "APPROVED";
        RecordListView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            year: number;
            title: string;
            status: string;
            createdBy?: string | null;
            approvedBy?: string | null;
            /** Format: date-time */
            approvedAt?: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            itemCount: number;
        };
        /** @enum {string} */
        RecordMedium: "PAPER" | "ELECTRONIC" | "BOTH";
        RefreshDto: {
            refreshToken: string;
        };
        ReminderPolicyDto: {
            /**
             * @description days before the due date (0: none)
             * @default 3
             */
            daysBefore: number;
            /**
             * @description remind on the due date itself
             * @default true
             */
            remindOnDue: boolean;
            /**
             * @description days between reminders while overdue
             * @default 2
             */
            overdueEveryDays: number;
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        ReminderPolicyView: {
            /** Format: uuid */
            agencyId: string;
            version: number;
            isDefault: boolean;
            daysBefore: number;
            remindOnDue: boolean;
            overdueEveryDays: number;
        };
        ReopenNonconformityDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /**
             * @description why it is reopened (e.g. it recurred)
             * @example Tháng 8 lại có hồ sơ trễ hạn không có phiếu xin lỗi
             */
            reason: string;
        };
        ReopenRiskDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            reason: string;
        };
        ReplanAuditDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /**
             * @description YYYY-MM-DD, in the programme year
             * @example 2026-05-11
             */
            plannedStart?: string;
            /**
             * @description YYYY-MM-DD, on or after plannedStart
             * @example 2026-05-15
             */
            plannedEnd?: string;
            /**
             * Format: uuid
             * @description an INTERNAL_AUDITOR of the QMS
             */
            leadAuditorId?: string;
            /** @description the other INTERNAL_AUDITORs of the team (replaces the list) */
            auditorIds?: string[];
            /**
             * @description why the plan changes (kept in the audit trail)
             * @example Lùi lịch do trùng đợt kiểm tra cải cách hành chính của tỉnh
             */
            reason?: string;
        };
        ReportAuditDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /**
             * @description the conclusions of the audit report
             * @example HTQLCL được duy trì phù hợp; 1 điểm không phù hợp nặng, 2 khuyến nghị
             */
            summary?: string;
        };
        /** @enum {string} */
        RequestStatus: "DRAFT" | "IN_PROGRESS" | "APPROVED" | "REJECTED" | "RETURNED" | "CANCELLED";
        ReturnAnnualReportDto: {
            /** @description expected version (optimistic concurrency) */
            version?: number;
            /** @description what the agency must correct */
            reason: string;
        };
        ReviewInputs: {
            period: {
                from: string;
                to: string;
            };
            sections: {
                /** @enum {string} */
                key: "previousActions" | "contextChanges" | "customerSatisfaction" | "qualityObjectives" | "processPerformance" | "nonconformities" | "monitoringResults" | "auditResults" | "externalProviders" | "resources" | "risksAndOpportunities" | "improvementOpportunities";
                clause: string;
                title: string;
                data?: {
                    [key: string]: unknown;
                } | null;
                notes?: string | null;
            }[];
        };
        ReviewOutputView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reviewId: string;
            kind: string;
            category: string;
            description: string;
            /** Format: uuid */
            ownerId?: string | null;
            dueDate?: string | null;
            status: string;
            overdue: boolean;
            /** Format: date-time */
            completedAt?: string | null;
            completedBy?: string | null;
            completionNote?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        ReviewRiskDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /** @example Rà soát năm 2026: rủi ro vẫn còn, giữ biện pháp xử lý */
            comment: string;
            /** @description the likelihood as reviewed (default: unchanged) */
            likelihood?: number;
            /** @description the impact as reviewed (default: unchanged) */
            impact?: number;
        };
        /** @enum {string} */
        ReviewStatus: "PLANNED" | "HELD";
        /** @enum {string} */
        RevocationStatus: "GOOD" | "REVOKED" | "NOT_CHECKED";
        RiskActionInput: {
            /** @example Gửi văn bản đôn đốc xác minh sang Công an tỉnh sau 3 ngày */
            description: string;
            /**
             * Format: uuid
             * @description an active member of the agency
             */
            ownerId: string;
            /** @example 2026-06-30 */
            dueDate: string;
        };
        RiskActionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            riskId: string;
            /** Format: uuid */
            agencyId: string;
            description: string;
            /** Format: uuid */
            ownerId: string;
            dueDate: string;
            status: string;
            overdue: boolean;
            /** Format: date-time */
            completedAt?: string | null;
            completedBy?: string | null;
            completionNote?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        RiskDetail: {
            actions: components["schemas"]["RiskActionView"][];
            reviews: components["schemas"]["RiskReviewView"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            kind: string;
            title: string;
            process?: string | null;
            cause?: string | null;
            consequence?: string | null;
            likelihood: number;
            impact: number;
            score: number;
            /** @enum {string} */
            level: "LOW" | "MEDIUM" | "HIGH";
            status: string;
            strategy?: string | null;
            treatment?: string | null;
            residualLikelihood?: number | null;
            residualImpact?: number | null;
            residualScore?: number | null;
            /** @enum {string|null} */
            residualLevel?: "LOW" | "MEDIUM" | "HIGH" | null;
            effective?: boolean | null;
            effectivenessComment?: string | null;
            lastReviewedOn?: string | null;
            nextReviewOn: string;
            reviewDue: boolean;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            actionCounts: {
                total: number;
                planned: number;
                done: number;
                overdue: number;
            };
        };
        /** @enum {string} */
        RiskKind: "RISK" | "OPPORTUNITY";
        /** @enum {string} */
        RiskLevel: "LOW" | "MEDIUM" | "HIGH";
        /** @description Một trang kết quả */
        RiskPage: {
            items: components["schemas"]["RiskView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        RiskReviewView: {
            reviewedOn: string;
            likelihood: number;
            impact: number;
            score: number;
            comment: string;
            reviewedBy?: string | null;
        };
        /** @enum {string} */
        RiskStatus: "OPEN" | "TREATMENT_PLANNED" | "TREATED" | "CLOSED";
        /** @enum {string} */
        RiskStrategy: "ACCEPT" | "MITIGATE" | "TRANSFER" | "AVOID" | "EXPLOIT" | "ENHANCE" | "SHARE";
        RiskThresholdsView: {
            /** Format: uuid */
            agencyId: string;
            mediumFrom: number;
            highFrom: number;
            custom: boolean;
            version?: number | null;
        };
        RiskView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            kind: string;
            title: string;
            process?: string | null;
            cause?: string | null;
            consequence?: string | null;
            likelihood: number;
            impact: number;
            score: number;
            /** @enum {string} */
            level: "LOW" | "MEDIUM" | "HIGH";
            status: string;
            strategy?: string | null;
            treatment?: string | null;
            residualLikelihood?: number | null;
            residualImpact?: number | null;
            residualScore?: number | null;
            /** @enum {string|null} */
            residualLevel?: "LOW" | "MEDIUM" | "HIGH" | null;
            effective?: boolean | null;
            effectivenessComment?: string | null;
            lastReviewedOn?: string | null;
            nextReviewOn: string;
            reviewDue: boolean;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            actionCounts: {
                total: number;
                planned: number;
                done: number;
                overdue: number;
            };
        };
        /** @enum {string} */
        Role: "SYSTEM_ADMIN" | "OVERSIGHT" | "AGENCY_ADMIN" | "ISO_SECRETARY" | "DRAFTER" | "REVIEWER" | "APPROVER" | "INTERNAL_AUDITOR" | "STAFF";
        RolloutPlanDetail: {
            items: components["schemas"]["RolloutPlanItemView"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceAgencyId: string;
            title: string;
            reference?: string | null;
            agencies: number;
            targets: {
                [key: string]: number;
            };
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        RolloutPlanItemDto: {
            /** Format: uuid */
            agencyId: string;
            /** @example 2025 */
            targetYear: number;
            /**
             * @description grouping in the plan; default the agency level in lower case
             * @example provincial-department
             */
            tier?: string;
        };
        RolloutPlanItemView: {
            /** Format: uuid */
            agencyId: string;
            code: string;
            name: string;
            level: string;
            tier: string;
            targetYear: number;
            qmsStatus?: string | null;
            declared: boolean;
        };
        /** @description Một trang kết quả */
        RolloutPlanPage: {
            items: components["schemas"]["RolloutPlanView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        RolloutPlanView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceAgencyId: string;
            title: string;
            reference?: string | null;
            agencies: number;
            targets: {
                [key: string]: number;
            };
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        RolloutProgress: {
            /** Format: uuid */
            planId: string;
            asOf: string;
            totals: {
                planned: number;
                applying: number;
                declared: number;
                dueByNow: number;
                behind: number;
            };
            byYear: {
                planned: number;
                applying: number;
                declared: number;
                targetYear: number;
                cumulativePlanned: number;
                cumulativeApplying: number;
                cumulativeDeclared: number;
            }[];
            byTier: {
                planned: number;
                applying: number;
                declared: number;
                tier: string;
                targetYears: number[];
            }[];
            byYearAndTier: {
                planned: number;
                applying: number;
                declared: number;
                targetYear: number;
                tier: string;
            }[];
        };
        SignDecisionDto: {
            as: components["schemas"]["DecisionSigner"];
        };
        SignatureChecks: {
            integrity: boolean;
            trustedChain: boolean;
            certificatesValidAtSigningTime: boolean;
            revocation: components["schemas"]["RevocationStatus"];
            contentAddedAfter: boolean;
            laterChangesSigned: boolean;
            chain: string[];
            timestamped: boolean;
        };
        /** @enum {string} */
        SignatureProblem: "BYTE_RANGE_MALFORMED" | "CMS_UNREADABLE" | "SIGNER_CERTIFICATE_MISSING" | "UNSUPPORTED_ALGORITHM" | "DIGEST_MISMATCH" | "SIGNATURE_MISMATCH" | "CHAIN_NOT_TRUSTED" | "CERTIFICATE_NOT_VALID_AT_SIGNING_TIME" | "CERTIFICATE_REVOKED" | "CONTENT_ADDED_AFTER_SIGNING" | "SIGNING_TIME_UNKNOWN";
        SignatureReport: {
            index: number;
            status: components["schemas"]["SignatureStatus"];
            signer: components["schemas"]["SignerInfo"];
            signedAt?: string | null;
            reason?: string | null;
            location?: string | null;
            coversWholeDocument: boolean;
            byteRange: number[];
            subFilter?: string | null;
            problems: components["schemas"]["SignatureProblem"][];
            checks: components["schemas"]["SignatureChecks"];
        };
        SignatureReportList: components["schemas"]["SignatureReport"][];
        /** @enum {string} */
        SignatureStatus: "VALID" | "INVALID" | "UNTRUSTED" | "INDETERMINATE";
        SignedDecisionView: {
            /** Format: uuid */
            requestId: string;
            signed: boolean;
            name?: string | null;
            size?: number | null;
            sha256?: string | null;
            printedSha256?: string | null;
            signatures: components["schemas"]["DecisionSignatureView"][];
            uploadedBy?: string | null;
            /** Format: date-time */
            createdAt?: string | null;
        };
        SignerInfo: {
            commonName?: string | null;
            organization?: string | null;
            serialNumber?: string | null;
            issuer?: string | null;
            subjectSerialNumber?: string | null;
        };
        /**
         * @description Thao tác không được phép ở trạng thái hiện tại (409): <ĐỐI_TƯỢNG>_IS_<TRẠNG_THÁI>, một mã cho mỗi trạng thái của mỗi vòng đời
         * @example APPROVAL_REQUEST_IS_APPROVED
         * @enum {string}
         */
        StateConflictCode: "AGENCY_IS_ACTIVE" | "AGENCY_IS_DISSOLVED" | "AGENCY_IS_MERGED" | "ANNUAL_REPORT_IS_ACCEPTED" | "ANNUAL_REPORT_IS_DRAFT" | "ANNUAL_REPORT_IS_SUBMITTED" | "APPROVAL_REQUEST_IS_APPROVED" | "APPROVAL_REQUEST_IS_CANCELLED" | "APPROVAL_REQUEST_IS_DRAFT" | "APPROVAL_REQUEST_IS_IN_PROGRESS" | "APPROVAL_REQUEST_IS_REJECTED" | "APPROVAL_REQUEST_IS_RETURNED" | "APPROVAL_STEP_IS_APPROVED" | "APPROVAL_STEP_IS_CANCELLED" | "APPROVAL_STEP_IS_PENDING" | "APPROVAL_STEP_IS_REJECTED" | "APPROVAL_STEP_IS_RETURNED" | "APPROVAL_STEP_IS_WAITING" | "AUDIT_IS_CLOSED" | "AUDIT_IS_IN_PROGRESS" | "AUDIT_IS_PLANNED" | "AUDIT_IS_REPORTED" | "CORRECTIVE_ACTION_IS_DONE" | "CORRECTIVE_ACTION_IS_PLANNED" | "DEADLINE_IS_CANCELLED" | "DEADLINE_IS_MET" | "DEADLINE_IS_OPEN" | "DECLARATION_IS_IN_FORCE" | "DECLARATION_IS_LAPSED" | "DECLARATION_IS_REDECLARATION_REQUIRED" | "DECLARATION_IS_SUPERSEDED" | "DOCUMENT_IS_DRAFT" | "DOCUMENT_IS_EFFECTIVE" | "DOCUMENT_IS_WITHDRAWN" | "DOCUMENT_VERSION_IS_APPROVED" | "DOCUMENT_VERSION_IS_DRAFT" | "DOCUMENT_VERSION_IS_EFFECTIVE" | "DOCUMENT_VERSION_IS_IN_APPROVAL" | "DOCUMENT_VERSION_IS_REJECTED" | "DOCUMENT_VERSION_IS_SUPERSEDED" | "DOCUMENT_VERSION_IS_WITHDRAWN" | "EFFECTIVENESS_CONFIRMATION_IS_USED" | "FEEDBACK_IS_ANSWERED" | "FEEDBACK_IS_RECEIVED" | "INSPECTION_IS_AWAITING_REPORT" | "INSPECTION_IS_CLOSED" | "INSPECTION_IS_REPORT_ACCEPTED" | "INSPECTION_IS_REPORT_SUBMITTED" | "LEGAL_CHANGE_IS_DONE" | "LEGAL_CHANGE_IS_OPEN" | "MANAGEMENT_REVIEW_IS_HELD" | "MANAGEMENT_REVIEW_IS_PLANNED" | "MANAGEMENT_REVIEW_OUTPUT_IS_DONE" | "MANAGEMENT_REVIEW_OUTPUT_IS_OPEN" | "MANAGEMENT_REVIEW_OUTPUT_IS_RECORDED" | "NONCONFORMITY_IS_ACTION_PLANNED" | "NONCONFORMITY_IS_ANALYSED" | "NONCONFORMITY_IS_CLOSED" | "NONCONFORMITY_IS_IMPLEMENTED" | "NONCONFORMITY_IS_OPEN" | "NONCONFORMITY_IS_VERIFIED" | "PROCESS_PERFORMANCE_IMPORT_IS_CURRENT" | "PROCESS_PERFORMANCE_IMPORT_IS_REPLACED" | "QUALITY_OBJECTIVE_IS_CLOSED" | "QUALITY_OBJECTIVE_IS_TRACKING" | "QUALITY_SYSTEM_IS_APPLYING" | "QUALITY_SYSTEM_IS_BUILDING" | "QUALITY_SYSTEM_IS_DECLARED" | "QUALITY_SYSTEM_IS_MERGED" | "QUALITY_SYSTEM_IS_SUSPENDED" | "RECORD_DISPOSAL_IS_APPROVED" | "RECORD_DISPOSAL_IS_DRAFT" | "RECORD_DISPOSAL_IS_EXECUTED" | "RECORD_DISPOSAL_IS_IN_APPROVAL" | "RECORD_DISPOSAL_IS_REJECTED" | "RECORD_FILE_IS_CLOSED" | "RECORD_FILE_IS_DISPOSED" | "RECORD_FILE_IS_OPEN" | "RECORD_LIST_IS_APPROVED" | "RECORD_LIST_IS_DRAFT" | "RECORD_LIST_IS_IN_APPROVAL" | "RISK_ACTION_IS_DONE" | "RISK_ACTION_IS_PLANNED" | "RISK_IS_CLOSED" | "RISK_IS_OPEN" | "RISK_IS_TREATED" | "RISK_IS_TREATMENT_PLANNED";
        /** @enum {string} */
        StepRole: "ISO_SECRETARY" | "REVIEWER" | "APPROVER" | "AGENCY_ADMIN";
        StepSignatureSummary: {
            signer: components["schemas"]["SignerInfo"];
            status: components["schemas"]["SignatureStatus"];
            signedAt?: string | null;
            approvedSha256: string;
            sha256: string;
        };
        StepView: {
            order: number;
            role: string;
            /** Format: uuid */
            assigneeId?: string | null;
            status: string;
            slaDays: number;
            /** Format: date-time */
            dueAt?: string | null;
            decidedBy?: string | null;
            /** Format: date-time */
            decidedAt?: string | null;
            comment?: string | null;
            meaning?: string | null;
            fileHashes?: string[] | null;
            requiresSignature: boolean;
            signature?: components["schemas"]["StepSignatureSummary"] | null;
        };
        SubmitCorrectiveReportDto: {
            /** @description what was corrected, the causes found and the actions taken */
            content: string;
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        /** @description Một trang kết quả */
        SurveyPage: {
            items: components["schemas"]["SurveyView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        SurveyQuestion: {
            question: string;
            average: number;
            satisfiedShare?: number | null;
        };
        SurveyQuestionInput: {
            /** @example Thái độ của công chức tiếp nhận hồ sơ */
            question: string;
            /**
             * @description mean score (1–5)
             * @example 4.3
             */
            average: number;
            /**
             * @description share of answers of 4 or 5
             * @example 0.92
             */
            satisfiedShare?: number;
        };
        SurveyView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            period: string;
            title: string;
            method?: string | null;
            respondents: number;
            satisfied: number;
            satisfiedShare?: number | null;
            questions: components["schemas"]["SurveyQuestion"][];
            source: string;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        TemplateStep: {
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "OVERSIGHT" | "AGENCY_ADMIN" | "ISO_SECRETARY" | "DRAFTER" | "REVIEWER" | "APPROVER" | "INTERNAL_AUDITOR" | "STAFF";
            /** Format: uuid */
            assigneeId?: string | null;
            slaDays: number;
            requiresSignature?: boolean;
        };
        TemplateStepDto: {
            role: components["schemas"]["StepRole"];
            /** Format: uuid */
            assigneeId?: string | null;
            slaDays: number;
            /**
             * @description the approver decides this step by uploading the approved PDF with their digital signature (POST /approval-requests/{id}/signed-approval)
             * @default false
             */
            requiresSignature: boolean;
        };
        TokenPair: {
            accessToken: string;
            refreshToken: string;
            /** @description access-token lifetime in seconds */
            expiresIn: number;
            tokenType: string;
            /** @description the password was set by an administrator: until POST /api/v1/me/password every route but /me and logout answers 403 PASSWORD_CHANGE_REQUIRED */
            passwordChangeRequired: boolean;
        };
        /** @enum {string} */
        TrainingCategory: "INTERNAL_AUDITOR" | "ISO_9001" | "PROFESSIONAL" | "OTHER";
        /** @description Một trang kết quả */
        TrainingRecordPage: {
            items: components["schemas"]["TrainingRecordView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        TrainingRecordView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            /** Format: uuid */
            userId: string;
            category: string;
            course: string;
            provider: string;
            completedOn: string;
            expiresOn?: string | null;
            certificateNumber?: string | null;
            valid: boolean;
            certificate?: components["schemas"]["CertificateView"] | null;
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        TransferProblem: {
            field?: string;
            message: string;
        };
        UpdateAgencyDto: {
            /** @example SKHCN */
            code?: string;
            /** @example Sở Khoa học và Công nghệ */
            name?: string;
            level?: components["schemas"]["AgencyLevel"];
            /** Format: uuid */
            parentId?: Record<string, never> | null;
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        UpdateAnnualReportDto: {
            /** @description overall assessment (đánh giá chung) */
            assessment?: string;
            /** @description difficulties (khó khăn, vướng mắc) */
            difficulties?: string;
            /** @description proposals (kiến nghị, đề xuất) */
            proposals?: string;
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        UpdateDocumentDto: {
            /** @example Quy trình kiểm soát tài liệu và hồ sơ */
            title?: string;
            /** @example Phòng Hành chính tư pháp */
            ownerUnit?: string;
            reviewIntervalMonths?: number;
            /**
             * @example [
             *       "1.001234",
             *       "2.000123"
             *     ]
             */
            administrativeProcedureCodes?: string[];
            distributionUserIds?: string[] | null;
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        UpdateProcedureRecordDto: {
            /** @description years kept after closing; omit when permanent */
            retentionYears?: number;
            /** @description kept permanently (vĩnh viễn); then no retentionYears */
            permanent?: boolean;
            formCode?: string;
            name?: string;
            ownerUnit?: string;
            location?: string;
            medium?: components["schemas"]["RecordMedium"];
            /** @description the version seen (or If-Match) */
            version?: number;
        };
        UpdateQualitySystemDto: {
            name?: string;
            scope?: string;
            memberAgencyIds?: string[];
            /** @enum {string} */
            status?: "BUILDING" | "APPLYING" | "SUSPENDED";
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        UpdateRecordListDto: {
            title?: string;
            /** @description replaces every item (draft only) */
            items?: components["schemas"]["RecordListItemDto"][];
            /** @description the version seen (or If-Match) */
            version?: number;
        };
        UpdateRiskDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            title?: string;
            process?: string;
            cause?: string;
            consequence?: string;
            likelihood?: number;
            impact?: number;
        };
        UpdateUserDto: {
            fullName?: string;
            email?: string | null;
            /** @description administrators only, for another user: a one-time password (the user must change it at next login; their sessions end). At least 10 characters after NFC normalisation, not containing the username, not a common password, no control characters. */
            password?: string;
            /** @description administrators only; deactivating ends every session */
            isActive?: boolean;
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        UpdateVersionDto: {
            /**
             * @description nội dung sửa đổi
             * @example Cập nhật bước 3 theo Nghị định 30/2020/NĐ-CP
             */
            changeSummary?: string;
            /**
             * @description a new title for the document, proposed by this draft; it applies when the version takes effect
             * @example Quy trình kiểm soát tài liệu (sửa đổi lần 2)
             */
            title?: string;
            version?: number;
        };
        UpdateWebhookDto: {
            url?: string;
            /** @description null: every event */
            eventTypes?: components["schemas"]["FeedEventType"][] | null;
            /** @description false deactivates the webhook (webhooks are never deleted) */
            active?: boolean;
            /** @description the version read (or If-Match) */
            version?: number;
        };
        /** @description Một trang kết quả */
        UserPage: {
            items: components["schemas"]["UserView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        UserTargetDto: {
            /** Format: uuid */
            userId: string;
            /**
             * Format: uuid
             * @description the agency the user's membership (with its roles) moves to
             */
            intoAgencyId: string;
        };
        UserView: {
            /** Format: uuid */
            id: string;
            username: string;
            fullName: string;
            email?: string | null;
            isActive: boolean;
            isSystemAdmin: boolean;
            mustChangePassword: boolean;
            version: number;
            memberships: components["schemas"]["Membership"][];
            /** Format: date-time */
            createdAt: string;
        };
        VerifyDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            effective: boolean;
            /**
             * @description the evidence of effectiveness, or why the actions did not work
             * @example Tháng 5 và 6 không còn hồ sơ trễ hạn
             */
            comment: string;
        };
        /** @description Một trang kết quả */
        VersionPage: {
            items: components["schemas"]["VersionView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        VersionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            documentId: string;
            revision: number;
            status: string;
            inForce: boolean;
            changeSummary?: string | null;
            proposedTitle?: string | null;
            effectiveFrom?: string | null;
            /** Format: date-time */
            supersededAt?: string | null;
            draftedBy?: string | null;
            /** Format: date-time */
            draftedAt: string;
            reviewedBy?: string | null;
            /** Format: date-time */
            reviewedAt?: string | null;
            approvedBy?: string | null;
            /** Format: date-time */
            approvedAt?: string | null;
            version: number;
            files?: components["schemas"]["FileView"][];
        };
        VersionedDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
        };
        /** @description Một trang kết quả */
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDeliveryView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "PENDING" | "DELIVERED" | "FAILED";
        WebhookDeliveryView: {
            /** Format: uuid */
            id: string;
            eventCursor: string;
            eventType: string;
            /** @enum {string} */
            status: "PENDING" | "FAILED" | "DELIVERED";
            attempts: number;
            lastStatusCode?: number | null;
            lastError?: string | null;
            /** Format: date-time */
            lastAttemptAt?: string | null;
            /** Format: date-time */
            deliveredAt?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description Một trang kết quả */
        WebhookPage: {
            items: components["schemas"]["WebhookView"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 123 */
            total: number;
        };
        WebhookView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            url: string;
            eventTypes?: string[] | null;
            active: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhooksCreateResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            agencyId: string;
            url: string;
            eventTypes?: string[] | null;
            active: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            secret: string;
        };
        WorkflowTemplateView: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            kind: "ISSUE" | "REVISION" | "WITHDRAWAL" | "RECORD_LIST" | "DISPOSAL";
            steps: components["schemas"]["TemplateStep"][];
            version: number;
            isDefault: boolean;
        };
    };
    responses: {
        /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Đã đăng nhập nhưng không có quyền */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Gửi yêu cầu quá chậm */
        RequestTimeout: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Tệp hoặc nội dung quá lớn */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Loại tệp không được phép */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
        UnprocessableEntity: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Lỗi hệ thống (kèm requestId) */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
        /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiError"];
            };
        };
    };
    parameters: {
        /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
        AcceptLanguage: string;
        /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
        RequestId: string;
        /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
        IdempotencyKey: string;
        /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
        IfMatch: string;
    };
    requestBodies: never;
    headers: {
        /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
        XRequestId: string;
        /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
        ETag: string;
        /** @description Số giây nên chờ trước khi thử lại */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Agencies_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                parentId?: string;
                level?: components["schemas"]["AgencyLevel"];
                /** @description search in code and name */
                q?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Agencies_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgencyDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Agencies_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Agencies_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgencyDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdministrativeProcedures_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                /** @description only active (true, the default) or removed (false) entries */
                active?: boolean;
                /** @description code or name, diacritics-insensitive */
                q?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdministrativeProcedurePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdministrativeProcedures_import: {
        parameters: {
            query?: {
                /** @description true: entries missing from the file are removed from the catalogue (kept, marked inactive) */
                replace?: boolean;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description CSV (UTF-8; comma or semicolon separated, as Excel saves it) or XLSX (first worksheet) with columns code, name and optionally field (or Mã TTHC, Tên TTHC, Lĩnh vực), as the body or the field "file" */
        requestBody: {
            content: {
                "text/csv": string;
                "multipart/form-data": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueImportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_auditorsOf: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditorUnitPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_putAuditorUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAuditorUnitDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditorUnitView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdministrativeProcedures_coverage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyCoverage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Agencies_dissolve: {
        parameters: {
            query?: {
                /** @description true: only show what would move and the codes documents would get */
                dryRun?: boolean;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DissolveAgencyDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyTransferResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Agencies_merge: {
        parameters: {
            query?: {
                /** @description true: only show what would move and the codes documents would get */
                dryRun?: boolean;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeAgencyDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyTransferResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReminderPolicies_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPolicyView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ReminderPolicies_put: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderPolicyDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPolicyView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_thresholds: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskThresholdsView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_putThresholds: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutRiskThresholdsDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskThresholdsView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Webhooks_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Webhooks_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhooksCreateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Webhooks_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Webhooks_deliveries: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                status?: components["schemas"]["WebhookDeliveryStatus"];
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Approvals_template: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                kind: "ISSUE" | "REVISION" | "WITHDRAWAL" | "RECORD_LIST" | "DISPOSAL";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTemplateView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Approvals_putTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                kind: "ISSUE" | "REVISION" | "WITHDRAWAL" | "RECORD_LIST" | "DISPOSAL";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutWorkflowTemplateDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTemplateView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnnualReports_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                year?: number;
                status?: components["schemas"]["AnnualReportStatus"];
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnnualReports_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAnnualReportDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnnualReports_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnnualReports_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAnnualReportDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnnualReports_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnualReportActionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnnualReports_compile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnualReportActionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnnualReports_giveBack: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnAnnualReportDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnnualReports_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnualReportActionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Approvals_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                /** @description only requests whose current step waits on the caller, oldest due first */
                assignedToMe?: boolean;
                status?: components["schemas"]["RequestStatus"];
                agencyId?: string;
                documentId?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Approvals_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApprovalRequestDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Approvals_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Approvals_approve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Approvals_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Printing_decision: {
        parameters: {
            query?: {
                format?: "pdf" | "docx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Printing_signDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignDecisionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionSigningView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Printing_decisionSignatures: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedDecisionView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Printing_uploadSignedDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedDecisionView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Approvals_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Approvals_returnToDrafter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    SignedApprovals_approve: {
        parameters: {
            query?: {
                comment?: string;
                /** @description the request version the decision was made on (or If-Match) */
                version?: number;
                /** @description the step being decided (it or the request version is required) */
                stepOrder?: number;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Approvals_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_programmesList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                qualitySystemId?: string;
                year?: number;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditProgrammePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_createProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAuditProgrammeDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditProgrammeView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_programme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditProgrammeView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AuditTrail_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                subjectType?: string;
                subjectId?: string;
                agencyId?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AuditTrail_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailVerification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                programmeId?: string;
                agencyId?: string;
                status?: components["schemas"]["AuditStatus"];
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAuditDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_replan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplanAuditDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_checklist: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_putChecklist: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutChecklistDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_copyChecklist: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
                otherAuditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionedDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_addChecklistItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChecklistItemDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistItemView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistItemView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuditActionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_findingsOf: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                type?: components["schemas"]["FindingType"];
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_logFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFindingDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_reportOf: {
        parameters: {
            query?: {
                format?: "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_report: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportAuditDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuditActionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutDto"];
            };
        };
        responses: {
            /** @description Thành công */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_allActions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                ownerId?: string;
                status?: components["schemas"]["ActionStatus"];
                /** @description only planned actions past their due date */
                overdue?: boolean;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteActionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_actionEvidence: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFilePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_addActionEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_actionEvidenceContent: {
        parameters: {
            query?: {
                /** @description 1: redirect to a short-lived presigned URL */
                redirect?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Dashboards_province: {
        parameters: {
            query?: {
                /** @description the province agency; defaults to the one the caller oversees */
                provinceAgencyId?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceDashboard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Deadlines_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                kind?: components["schemas"]["DeadlineKind"];
                status?: components["schemas"]["DeadlineStatus"];
                /** @description only open deadlines already past due */
                overdue?: boolean;
                responsibleUserId?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Declarations_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                /** @description declarations covering this agency */
                agencyId?: string;
                qualitySystemId?: string;
                status?: components["schemas"]["DeclarationStatus"];
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Declarations_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDeclarationDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Declarations_get: {
        parameters: {
            query?: {
                format?: "json" | "pdf";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationView"];
                    "application/pdf": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                type?: components["schemas"]["DocumentType"];
                status?: components["schemas"]["DocumentStatus"];
                /** @description code or title, diacritics-insensitive */
                q?: string;
                ownerUnit?: string;
                /** @description documents covering this TTHC code */
                administrativeProcedureCode?: string;
                /** @description effective documents whose next review date has come */
                dueForReview?: boolean;
                /** @description forms of this procedure */
                parentId?: string;
                /** @description xlsx: the register as a spreadsheet (all matching rows) */
                format?: "json" | "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentsListItemPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDocumentDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDocumentDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_acknowledgementStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcknowledgementStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_acknowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentsAcknowledgeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_listPeriodicReviews: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReviewPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_recordPeriodicReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePeriodicReviewDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReviewView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_revise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRevisionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_versionsOf: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_version: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_updateVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVersionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Printing_cover: {
        parameters: {
            query?: {
                format?: "pdf" | "docx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
                versionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_removeFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                versionId: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    EmailDeliveries_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                status?: "PENDING" | "SENDING" | "SENT" | "FAILED" | "SKIPPED";
                /** @description only e-mails of notifications about this agency */
                agencyId?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    EmailDeliveries_retry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailDeliveryView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Events_list: {
        parameters: {
            query?: {
                /** @description cursor from an earlier page (`nextCursor` or an item id); omitted: from the start */
                after?: string;
                limit?: number;
                /** @description only these event types (comma-separated) */
                types?: components["schemas"]["FeedEventType"][];
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Satisfaction_feedbackList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                status?: components["schemas"]["FeedbackStatus"];
                kind?: components["schemas"]["FeedbackKind"];
                /** @description xlsx: the register as a spreadsheet */
                format?: "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Satisfaction_logFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeedbackDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Satisfaction_feedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Satisfaction_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerFeedbackDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Satisfaction_nonconformity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackNonconformityDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_content: {
        parameters: {
            query?: {
                /** @description 1: redirect to a short-lived presigned URL */
                redirect?: string;
                /** @description true: a controlled copy of a PDF of an effective or superseded revision, each page stamped "BẢN KIỂM SOÁT" (or "HẾT HIỆU LỰC") with the code, revision, effective date and who downloaded it; recorded in the audit trail */
                controlledCopy?: boolean;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                    "application/pdf": Blob;
                };
            };
            /** @description Với ?redirect=1: chuyển tới đường dẫn tải có thời hạn ngắn */
            302: {
                headers: {
                    /** @description Đường dẫn tải tệp */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Documents_checkIntegrity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentsCheckIntegrityResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    FileSignatures_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureReportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_finding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_attachments: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_attach: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Audits_attachmentContent: {
        parameters: {
            query?: {
                /** @description 1: redirect to a short-lived presigned URL */
                redirect?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Inspections_listPlans: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                provinceAgencyId?: string;
                year?: number;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlanPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Inspections_createPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInspectionPlanDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlanDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Inspections_getPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlanDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Inspections_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                provinceAgencyId?: string;
                status?: components["schemas"]["InspectionStatus"];
                year?: number;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Inspections_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInspectionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Inspections_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Inspections_submitReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitCorrectiveReportDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Inspections_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideCorrectiveReportDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Inspections_reject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideCorrectiveReportDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LegalChanges_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                status?: components["schemas"]["LegalChangeStatus"];
                /** @description only open changes past their revise-by date */
                overdue?: boolean;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalChangePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LegalChanges_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLegalChangeDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalChangeDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LegalChanges_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalChangeDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LegalChanges_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalChangeDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    LegalChanges_link: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkDocumentsDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalChangeDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ManagementReviews_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteReviewActionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewOutputView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ManagementReviews_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                qualitySystemId?: string;
                status?: components["schemas"]["ReviewStatus"];
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementReviewPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ManagementReviews_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateManagementReviewDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementReviewDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ManagementReviews_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementReviewDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ManagementReviews_hold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoldReviewDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementReviewDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ManagementReviews_putInputs: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InputNotesDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementReviewDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ManagementReviews_addOutput: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewOutputDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewOutputView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    NotificationPreferences_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    NotificationPreferences_put: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Auth_changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Thành công */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                source?: components["schemas"]["NonconformitySource"];
                severity?: components["schemas"]["NonconformitySeverity"];
                status?: components["schemas"]["NonconformityStatus"];
                /** @description true: not yet closed; false: closed */
                open?: boolean;
                /** @description only nonconformities with a corrective action past its due date */
                overdue?: boolean;
                auditId?: string;
                /** @description xlsx: the corrective-action log as a spreadsheet */
                format?: "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNonconformityDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_summary: {
        parameters: {
            query?: {
                agencyId?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapaSummaryResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_actionsOf: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_addAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCorrectiveActionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_analyse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalysisDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseNonconformityDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_evidenceOf: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFilePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_addEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_evidenceContent: {
        parameters: {
            query?: {
                /** @description 1: redirect to a short-lived presigned URL */
                redirect?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenNonconformityDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Capa_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Notifications_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                /** @description only notifications not yet read */
                unread?: boolean;
                /** @description only notifications of this kind (APPROVAL_RETURNED, REMINDER_OVERDUE, …) */
                kind?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Notifications_readAll: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsReadAllResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Notifications_read: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_listProcedureRecords: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                /** @description the procedure */
                documentId?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureRecordPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_createProcedureRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProcedureRecordDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureRecordView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_getProcedureRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureRecordView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_updateProcedureRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProcedureRecordDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureRecordView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualityObjectives_report: {
        parameters: {
            query?: {
                /** @description one agency (under provinceAgencyId when both are given) */
                agencyId?: string;
                /** @description every agency under the province (oversight) */
                provinceAgencyId?: string;
                /** @description a year (2026), a quarter (2026-Q1) or a month (2026-03) */
                period?: string;
                /** @description every period of the year */
                year?: number;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessPerformanceReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualityObjectives_imports: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                /** @description a year (2026), a quarter (2026-Q1) or a month (2026-03) */
                period?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceImportPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualityObjectives_import: {
        parameters: {
            query: {
                agencyId: string;
                /** @description a year (2026), a quarter (2026-Q1) or a month (2026-03) */
                period: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description JSON { rows: [{ procedureCode, procedureName?, received, onTime, late, pending }] }, or CSV (UTF-8, comma or semicolon) / XLSX (first worksheet) with columns procedureCode, procedureName, received, onTime, late, pending (or Mã TTHC, Tên TTHC, Số hồ sơ tiếp nhận, Giải quyết đúng hạn, Giải quyết quá hạn, Đang giải quyết), as the body or the field "file". One upload per agency and period: a new one replaces it. */
        requestBody: {
            content: {
                "application/json": string;
                "text/csv": string;
                "multipart/form-data": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceImportResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    PublicDeclarations_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicDeclarationRowPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualityObjectives_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                year?: number;
                status?: components["schemas"]["ObjectiveStatus"];
                /** @description xlsx: the register as a spreadsheet */
                format?: "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectivePage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualityObjectives_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQualityObjectiveDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectiveDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualityObjectives_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectiveDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualityObjectives_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseObjectiveDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectiveDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualityObjectives_measure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeasurementDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectiveDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualitySystems_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                status?: components["schemas"]["QualitySystemStatus"];
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySystemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualitySystems_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQualitySystemDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySystemView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualitySystems_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySystemView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    QualitySystems_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateQualitySystemDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySystemView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Declarations_readiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationReadiness"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Declarations_confirmations: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Declarations_confirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEffectivenessConfirmationDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_listDisposals: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                status?: components["schemas"]["DisposalStatus"];
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordDisposalPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_createDisposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDisposalDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordDisposalDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_getDisposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordDisposalDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_listRecordFiles: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                listId?: string;
                status?: components["schemas"]["RecordFileStatus"];
                /** @description diacritics-insensitive search in the code and title of the file and in its items (number, title, author, name) */
                q?: string;
                /** @description only closed files whose retention has ended (may be proposed for disposal) */
                due?: boolean;
                legalHold?: boolean;
                /** @description xlsx: the list as a spreadsheet */
                format?: "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordFilePage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_createRecordFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecordFileDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordFileDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_getRecordFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordFileDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_closeRecordFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRecordFileDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordFileDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_recordItems: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordItemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_addRecordItem: {
        parameters: {
            query?: {
                /** @description số, ký hiệu văn bản */
                number?: string;
                /** @description ngày tháng văn bản */
                issuedOn?: string;
                /** @description tác giả văn bản */
                author?: string;
                /** @description trích yếu nội dung */
                title?: string;
                /** @description the form it fills in */
                formCode?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordItemView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_recordItemContent: {
        parameters: {
            query?: {
                /** @description 1: redirect to a short-lived presigned URL */
                redirect?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_holdRecordFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalHoldDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordFileDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_releaseRecordFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalHoldDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordFileDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_listRecordLists: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                year?: number;
                status?: components["schemas"]["RecordListStatus"];
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_createRecordList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecordListDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_getRecordList: {
        parameters: {
            query?: {
                /** @description xlsx: the list in the columns of Phụ lục V, Nghị định 30/2020 */
                format?: "json" | "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListDetail"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Records_updateRecordList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecordListDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnnualReports_annual: {
        parameters: {
            query: {
                agencyId: string;
                year: number;
                /** @description pdf: the report in the form of Nghị định 30/2020 */
                format?: "json" | "xlsx" | "pdf";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                    "application/pdf": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AnnualReports_province: {
        parameters: {
            query: {
                /** @description default: the province the caller oversees */
                provinceAgencyId?: string;
                year: number;
                format?: "json" | "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceRollup"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    AdministrativeProcedures_provinceCoverage: {
        parameters: {
            query?: {
                /** @description the province agency; defaults to the one the caller oversees */
                provinceAgencyId?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceCoverage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteRiskActionDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskActionView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                kind?: components["schemas"]["RiskKind"];
                status?: components["schemas"]["RiskStatus"];
                level?: components["schemas"]["RiskLevel"];
                /** @description only risks whose yearly review is past due */
                reviewDue?: boolean;
                /** @description xlsx: the register as a spreadsheet */
                format?: "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRiskDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRiskDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRiskDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenRiskDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_residual: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessResidualDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_review: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewRiskDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Risks_treat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanTreatmentDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RolloutPlans_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                provinceAgencyId?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloutPlanPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RolloutPlans_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRolloutPlanDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloutPlanDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RolloutPlans_import: {
        parameters: {
            query: {
                provinceAgencyId: string;
                title: string;
                reference?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV (UTF-8; comma or semicolon separated, as Excel saves it) or XLSX (first worksheet) with columns no, name, tier, district, eiso_target_year (or code instead of name) */
        requestBody: {
            content: {
                "text/csv": string;
                "multipart/form-data": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloutPlanDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RolloutPlans_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloutPlanDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    RolloutPlans_progress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloutProgress"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Satisfaction_surveys: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                /** @description a year (2026), a quarter (2026-Q1) or a month (2026-03) */
                period?: string;
                /** @description xlsx: the register as a spreadsheet */
                format?: "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Satisfaction_createSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Satisfaction_importSurvey: {
        parameters: {
            query: {
                agencyId: string;
                /** @description a year (2026), a quarter (2026-Q1) or a month (2026-03) */
                period: string;
                title: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description CSV (UTF-8) or XLSX: one row per respondent, one column per question (its header is the question), answers 1–5; an empty cell is a question not answered. A respondent whose mean is 4 or more is satisfied. */
        requestBody: {
            content: {
                "text/csv": string;
                "multipart/form-data": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Satisfaction_survey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    TrainingRecords_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                userId?: string;
                category?: components["schemas"]["TrainingCategory"];
                /** @description true: valid today; false: expired */
                valid?: boolean;
                /** @description xlsx: the register as a spreadsheet */
                format?: "xlsx";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRecordPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    TrainingRecords_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrainingRecordDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRecordView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    TrainingRecords_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingRecordView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    TrainingRecords_upload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: Blob;
                };
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    TrainingRecords_content: {
        parameters: {
            query?: {
                /** @description 1: 302 to a short-lived presigned URL */
                redirect?: "1";
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Users_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Tên trường để sắp xếp, thêm dấu - phía trước để sắp giảm dần */
                sort?: string;
                agencyId?: string;
                role?: components["schemas"]["Role"];
                q?: string;
            };
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Users_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Khoá chống tạo trùng: gửi lại cùng khoá trả về kết quả lần đầu */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description Thành công */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description Phiên bản đang sửa (giá trị ETag đã nhận: "3", W/"3" hoặc 3); cũ thì trả 409 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Users_replaceMemberships: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipDto"][];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthLiveResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: {
                /** @description Ngôn ngữ của thông báo lỗi: vi (mặc định) hoặc en */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /** @description Mã yêu cầu do máy khách đặt (được trả lại trong X-Request-Id) */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReadyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["RequestTimeout"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
            /** @description Một thành phần chưa sẵn sàng (báo cáo như trên) */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReadyResponse"];
                };
            };
        };
    };
}
