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
        patch?: never;
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
            /** @description the immediate correction (sự khắc phục) */
            correction: string;
            /** @description the root cause found */
            rootCause: string;
            method: components["schemas"]["AnalysisMethod"];
            /** @description the analysis itself (the five whys, the fishbone branches…) */
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
            /** @description what was seen (for NOT_APPLICABLE: why it does not apply) */
            evidence: string;
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
        ApprovalKind: "ISSUE" | "REVISION" | "WITHDRAWAL";
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
            /** Format: uuid */
            documentId: string;
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
            comment?: string;
        };
        CompleteActionDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /** @description what was done */
            note?: string;
        };
        CompleteReviewActionDto: {
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
            /** Format: uuid */
            documentId: string;
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
            /** @description what removes the cause (hành động khắc phục) */
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
            /** @description a TTHC code covered by this procedure (see also administrativeProcedureCodes) */
            administrativeProcedureCode?: string;
            administrativeProcedureCodes?: string[];
            /** @description users who must acknowledge; default every STAFF member */
            distributionUserIds?: string[];
            /** @description change summary of the first draft */
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
        CreateFindingDto: {
            type: components["schemas"]["FindingType"];
            /** @example 8.5.1 */
            clause: string;
            description: string;
            /** @description the objective evidence seen */
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
        CreateReviewOutputDto: {
            kind: components["schemas"]["OutputKind"];
            /** @description 9.3.3 a) improvement, b) QMS change, c) resources */
            category: components["schemas"]["OutputCategory"];
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
            /** @description a new title for the document, applied when the revision takes effect */
            title?: string;
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
        };
        Deadline: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            kind: "APPROVAL_STEP" | "PERIODIC_REVIEW" | "CORRECTIVE_ACTION" | "ACKNOWLEDGEMENT" | "AUDIT" | "MANAGEMENT_REVIEW" | "ANNUAL_REPORT" | "LEGAL_CHANGE" | "REDECLARATION" | "INSPECTION_REPORT";
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
        DeadlineKind: "APPROVAL_STEP" | "PERIODIC_REVIEW" | "CORRECTIVE_ACTION" | "ACKNOWLEDGEMENT" | "AUDIT" | "MANAGEMENT_REVIEW" | "ANNUAL_REPORT" | "LEGAL_CHANGE" | "REDECLARATION" | "INSPECTION_REPORT";
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
            /** @description required to reject or return */
            comment?: string;
            /** @description the request version the decision was made on (or If-Match); approve, reject and return need it or stepOrder */
            version?: number;
            /** @description the step being decided; approve, reject and return need it or the request version (a step that has moved on is a 409) */
            stepOrder?: number;
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
        DeclarationStatus: "IN_FORCE" | "REDECLARATION_REQUIRED" | "SUPERSEDED";
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
            /** Format: uuid */
            confirmationId: string;
            recordedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        /** @enum {string} */
        DocumentStatus: "DRAFT" | "EFFECTIVE" | "WITHDRAWN";
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
        /**
         * @description Mã lỗi trong danh mục lỗi (xem docs); mỗi mã có một HTTP status cố định
         * @enum {string}
         */
        ErrorCode: "AGENCY_CYCLE" | "AGENCY_HAS_NO_QMS" | "AGENCY_MERGED" | "AGENCY_MERGE_INVALID" | "APPROVAL_ALREADY_OPEN" | "APPROVAL_ONE_STEP_PER_PERSON" | "APPROVAL_STEP_ALREADY_DECIDED" | "APPROVAL_STEP_NOT_CURRENT" | "AUDITOR_NOT_INDEPENDENT" | "AUDITOR_NOT_QUALIFIED" | "AUDITOR_UNIT_UNKNOWN" | "AUDIT_HAS_OPEN_NONCONFORMITIES" | "DECLARATION_PRECONDITIONS_NOT_MET" | "DEPENDENCY_UNAVAILABLE" | "DOCUMENT_METADATA_CONTROLLED" | "DUPLICATE" | "FILE_INTEGRITY_FAILED" | "FILE_PACKAGE_INVALID" | "FILE_PACKAGE_TOO_LARGE" | "FILE_TYPE_MISMATCH" | "FORBIDDEN" | "IDEMPOTENCY_IN_PROGRESS" | "IDEMPOTENCY_KEY_MISMATCH" | "INSPECTION_PLAN_INCOMPLETE" | "INSPECTION_PLAN_TOO_FEW_ON_SITE" | "INTERNAL" | "INVALID_CREDENTIALS" | "INVALID_REFRESH_TOKEN" | "JSON_TOO_DEEP" | "LEGAL_CHANGE_DOCUMENTS_NOT_REVISED" | "MALFORMED_JSON" | "NOT_ACKNOWLEDGEABLE" | "NOT_AUDIT_TEAM_MEMBER" | "NOT_FOUND" | "NOT_YOUR_STEP" | "PASSWORD_CHANGE_REQUIRED" | "PAYLOAD_TOO_LARGE" | "REFRESH_TOKEN_REUSED" | "REQUEST_BODY_TIMEOUT" | "ROUTE_NOT_FOUND" | "SEPARATION_OF_DUTIES" | "STALE_VERSION" | "STATE_CONFLICT" | "TOO_MANY_IDEMPOTENCY_KEYS" | "TOO_MANY_LOGIN_ATTEMPTS" | "UNAUTHENTICATED" | "UNSUPPORTED_FILE_TYPE" | "UPLOAD_MALFORMED" | "UPLOAD_STALLED" | "VALIDATION_FAILED" | "VERIFIER_IS_ACTION_OWNER" | "VERSION_HAS_NO_FILES";
        ErrorDetail: {
            /** @example title */
            field?: string;
            /** @example isNotEmpty */
            code?: string;
            /** @example Tên tài liệu không được để trống */
            message: string;
        };
        /** @enum {string} */
        FeedEventType: "agency.merged" | "administrativeProcedures.imported" | "auditProgramme.created" | "audit.planned" | "audit.started" | "audit.reported" | "audit.closed" | "managementReview.planned" | "managementReview.held" | "nonconformity.opened" | "nonconformity.analysed" | "nonconformity.action_planned" | "nonconformity.implemented" | "nonconformity.verified" | "nonconformity.notEffective" | "nonconformity.closed" | "nonconformity.open" | "correctiveAction.planned" | "correctiveAction.completed" | "document.versionEffective" | "document.withdrawn" | "legalChange.recorded" | "legalChange.done" | "declaration.recorded" | "rolloutPlan.created" | "inspectionPlan.created" | "inspection.recorded" | "inspection.reportSubmitted" | "inspection.reportAccepted" | "inspection.reportRejected" | "annualReport.submitted" | "annualReport.accepted" | "annualReport.returned";
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
            /** @description the minutes (biên bản) of the meeting */
            minutes?: string;
            /** @description who attended, when not as planned */
            participantIds?: string[];
        };
        InputNotesDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            previousActions?: string;
            contextChanges?: string;
            customerSatisfaction?: string;
            qualityObjectives?: string;
            processPerformance?: string;
            nonconformities?: string;
            monitoringResults?: string;
            auditResults?: string;
            externalProviders?: string;
            resources?: string;
            risksAndOpportunities?: string;
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
        Notification: {
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
            /** Format: date-time */
            readAt?: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        NotificationsListResponse: {
            items: components["schemas"]["Notification"][];
            page: number;
            pageSize: number;
            total: number;
            unread: number;
        };
        NotificationsReadAllResponse: {
            updated: number;
        };
        /**
         * @description 9.3.3 a) improvement, b) QMS change, c) resources
         * @enum {string}
         */
        OutputCategory: "IMPROVEMENT" | "QMS_CHANGE" | "RESOURCES";
        /** @enum {string} */
        OutputKind: "DECISION" | "ACTION";
        Precondition: {
            /** @enum {string} */
            code: "QMS_NOT_SUSPENDED" | "DOCUMENTS_IN_FORCE" | "INTERNAL_AUDIT_WITHIN_12_MONTHS" | "MANAGEMENT_REVIEW_WITHIN_12_MONTHS" | "NO_OPEN_MAJOR_NONCONFORMITY" | "EFFECTIVENESS_CONFIRMED";
            met: boolean;
            message: string;
            data: {
                [key: string]: unknown;
            };
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
        PutWorkflowTemplateDto: {
            steps: components["schemas"]["TemplateStepDto"][];
            version?: number;
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
        QualitySystemStatus: "BUILDING" | "APPLYING" | "DECLARED" | "SUSPENDED";
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
            version: number;
        };
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
            /** @description why it is reopened (e.g. it recurred) */
            reason: string;
        };
        ReportAuditDto: {
            /** @description the version the client saw; 409 when stale */
            version?: number;
            /** @description the conclusions of the audit report */
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
        /** @enum {string} */
        ReviewStatus: "PLANNED" | "HELD";
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
        /**
         * @description Thao tác không được phép ở trạng thái hiện tại: <ĐỐI_TƯỢNG>_IS_<TRẠNG_THÁI>
         * @example APPROVAL_REQUEST_IS_APPROVED
         */
        StateConflictCode: string;
        /** @enum {string} */
        StepRole: "ISO_SECRETARY" | "REVIEWER" | "APPROVER" | "AGENCY_ADMIN";
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
        };
        SubmitCorrectiveReportDto: {
            /** @description what was corrected, the causes found and the actions taken */
            content: string;
            /** @description expected version (optimistic concurrency) */
            version?: number;
        };
        TemplateStep: {
            /** @enum {string} */
            role: "SYSTEM_ADMIN" | "OVERSIGHT" | "AGENCY_ADMIN" | "ISO_SECRETARY" | "DRAFTER" | "REVIEWER" | "APPROVER" | "INTERNAL_AUDITOR" | "STAFF";
            /** Format: uuid */
            assigneeId?: string | null;
            slaDays: number;
        };
        TemplateStepDto: {
            role: components["schemas"]["StepRole"];
            /** Format: uuid */
            assigneeId?: string | null;
            slaDays: number;
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
            title?: string;
            ownerUnit?: string;
            reviewIntervalMonths?: number;
            administrativeProcedureCodes?: string[];
            distributionUserIds?: string[] | null;
            /** @description expected version (optimistic concurrency) */
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
            /** @description nội dung sửa đổi */
            changeSummary?: string;
            /** @description a new title for the document, proposed by this draft; it applies when the version takes effect */
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
            /** @description the evidence of effectiveness, or why the actions did not work */
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
        WebhookList: components["schemas"]["WebhookView"][];
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
        WebhooksDeliveriesResponse: {
            /** Format: uuid */
            id: string;
            eventCursor: string;
            eventType: string;
            status: string;
            attempts: number;
            lastStatusCode?: number | null;
            lastError?: string | null;
            /** Format: date-time */
            lastAttemptAt?: string | null;
            /** Format: date-time */
            deliveredAt?: string | null;
            /** Format: date-time */
            createdAt: string;
        }[];
        WorkflowTemplateView: {
            /** Format: uuid */
            agencyId: string;
            /** @enum {string} */
            kind: "ISSUE" | "REVISION" | "WITHDRAWAL";
            steps: components["schemas"]["TemplateStep"][];
            version: number;
            isDefault: boolean;
        };
    };
    responses: never;
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
    headers: never;
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdministrativeProcedurePage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueImportResult"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Loại tệp không được phép */
            415: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditorUnitPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditorUnitView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyCoverage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Agencies_merge: {
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
                "application/json": components["schemas"]["MergeAgencyDto"];
            };
        };
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPolicyView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPolicyView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Webhooks_list: {
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhooksCreateResponse"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Webhooks_deliveries: {
        parameters: {
            query?: {
                status?: "PENDING" | "DELIVERED" | "FAILED";
                limit?: number;
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhooksDeliveriesResponse"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                kind: "ISSUE" | "REVISION" | "WITHDRAWAL";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTemplateView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                kind: "ISSUE" | "REVISION" | "WITHDRAWAL";
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowTemplateView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalRequestView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditProgrammePage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditProgrammeView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditProgrammeView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailVerification"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistItemView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistItemView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceDashboard"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinePage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Declarations_get: {
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentsListItemPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcknowledgementStatus"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentsAcknowledgeResponse"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Loại tệp không được phép */
            415: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    Documents_content: {
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
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Thành công */
            200: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
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
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentsCheckIntegrityResponse"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Loại tệp không được phép */
            415: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlanPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalChangePage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalChangeDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalChangeDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalChangeDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalChangeDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewOutputView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementReviewPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementReviewDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementReviewDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementReviewDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagementReviewDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewOutputView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityPage"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapaSummaryResponse"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsListResponse"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsReadAllResponse"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicDeclarationRowPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySystemPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySystemView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySystemView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualitySystemView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationReadiness"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    AnnualReports_annual: {
        parameters: {
            query: {
                agencyId: string;
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceRollup"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceCoverage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloutPlanPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloutPlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloutPlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Loại tệp không được phép */
            415: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloutPlanDetail"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolloutProgress"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Idempotency-Key đã được dùng cho một yêu cầu khác */
            422: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Quá nhiều yêu cầu, thử lại sau (Retry-After) */
            429: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Phiên bản hiện tại, dạng "3"; gửi lại trong If-Match để tránh ghi đè */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Đã đăng nhập nhưng không có quyền */
            403: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Tệp hoặc nội dung quá lớn */
            413: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthLiveResponse"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần phụ thuộc tạm thời không sẵn sàng; không có gì được ghi dở (Retry-After) */
            503: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
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
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReadyResponse"];
                };
            };
            /** @description Yêu cầu không hợp lệ (details liệt kê từng trường sai) */
            400: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn */
            401: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Không tìm thấy (hoặc thuộc cơ quan khác) */
            404: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Gửi yêu cầu quá chậm */
            408: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Xung đột: trạng thái không cho phép, phiên bản đã cũ hoặc trùng mã */
            409: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Lỗi hệ thống (kèm requestId) */
            500: {
                headers: {
                    /** @description Mã của yêu cầu (lấy từ yêu cầu nếu hợp lệ), dùng khi báo lỗi */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Một thành phần chưa sẵn sàng (báo cáo như trên) */
            503: {
                headers: {
                    /** @description Số giây nên chờ trước khi thử lại */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReadyResponse"];
                };
            };
        };
    };
}
