; ModuleID = 'sliding_window'
source_filename = "sliding_window"
target triple = "x86_64-unknown-linux-gnu"

@sliding_window.name = private unnamed_addr constant [15 x i8] c"sliding_window\00"
@sliding_window.spec = private unnamed_addr constant [390 x i8] c"attncc: 1\0Aname: sliding_window\0Aphase: decode\0Akind: self\0Aheads: {q: 32, kv: 8, dim: 128, v_dim: 128}\0Atypes: {q: f32, cache: f16, out: f32}\0Ascale: auto\0Acache: {store: kv, layout: contiguous, order: token_major, capacity: 16384, latent_dim: 0, rope_dim: 0, shared_across_layers: false}\0Amask: {causal: true, window: 1024}\0Aoutput: {lse: true}\0Aslim: {order: auto}\0Amodel: {layers: 1, d_model: 0}\0A\00"
@sliding_window_info_data = internal constant { i32, i32, i64, ptr, ptr, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, float, i32, i32, i32, ptr, i32, i32, i32, i32, float, i32, i32, i32, i32, i32, ptr } { i32 7, i32 1, i64 -1885887229702392992, ptr @sliding_window.name, ptr @sliding_window.spec, i32 32, i32 8, i32 128, i32 128, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 16384, i32 1, i32 1, float 0x3FB6A09E60000000, i32 0, i32 0, i32 0, ptr null, i32 0, i32 1024, i32 0, i32 0, float 0.000000e+00, i32 0, i32 0, i32 0, i32 0, i32 0, ptr null }, align 8
@sliding_window_kernel = internal constant { ptr, ptr, i32, i32, i32, i32, i32, i32, ptr } { ptr @sliding_window_info_data, ptr @sliding_window_tile, i32 1, i32 32, i32 16, i32 32, i32 1, i32 128, ptr null }, align 8

; Function Attrs: nounwind
define internal void @sliding_window_tile(ptr %0, ptr %1) #0 {
entry:
  %muse = alloca [4 x float], align 64
  %lsum = alloca [4 x <16 x float>], align 64
  %smax = alloca [4 x <16 x float>], align 64
  %lows = alloca [32 x i32], align 64
  %lims = alloca [32 x i32], align 64
  %alpha = alloca [4 x float], align 64
  %accs = alloca [4096 x float], align 64
  %pbuf = alloca [128 x float], align 64
  %dbuf = alloca [128 x <16 x float>], align 64
  %qs = alloca [256 x <16 x float>], align 64
  %ls = alloca [32 x float], align 64
  %ms = alloca [32 x float], align 64
  %q_row0 = load i64, ptr %1, align 4
  %2 = getelementptr i8, ptr %1, i64 8
  %seq = load i32, ptr %2, align 4
  %3 = getelementptr i8, ptr %1, i64 12
  %kv_head = load i32, ptr %3, align 4
  %kv_head0 = mul i32 %kv_head, 8
  %4 = getelementptr i8, ptr %1, i64 16
  %h_begin = load i32, ptr %4, align 4
  %5 = getelementptr i8, ptr %1, i64 20
  %h_end = load i32, ptr %5, align 4
  %nh = sub i32 %h_end, %h_begin
  %6 = getelementptr i8, ptr %1, i64 24
  %q_begin = load i32, ptr %6, align 4
  %7 = getelementptr i8, ptr %1, i64 28
  %q_end = load i32, ptr %7, align 4
  %8 = sub i32 %q_end, %q_begin
  %nrows = mul i32 %8, %nh
  %9 = getelementptr i8, ptr %1, i64 32
  %q_pos0 = load i32, ptr %9, align 4
  %10 = getelementptr i8, ptr %1, i64 36
  %k_begin = load i32, ptr %10, align 4
  %11 = getelementptr i8, ptr %1, i64 40
  %k_end = load i32, ptr %11, align 4
  %12 = getelementptr i8, ptr %1, i64 44
  %13 = getelementptr i8, ptr %1, i64 48
  %part = load ptr, ptr %13, align 8
  %14 = getelementptr i8, ptr %0, i64 32
  %q = load ptr, ptr %14, align 8
  %15 = getelementptr i8, ptr %0, i64 40
  %out = load ptr, ptr %15, align 8
  %16 = getelementptr i8, ptr %0, i64 48
  %lse = load ptr, ptr %16, align 8
  %17 = getelementptr i8, ptr %0, i64 56
  %k_cache = load ptr, ptr %17, align 8
  %18 = sext i32 %seq to i64
  %19 = mul i64 %18, 33554432
  %20 = getelementptr i8, ptr %k_cache, i64 %19
  %21 = sext i32 %kv_head0 to i64
  %22 = getelementptr i8, ptr %0, i64 64
  %v_cache = load ptr, ptr %22, align 8
  %23 = getelementptr i8, ptr %v_cache, i64 %19
  %24 = icmp sgt i32 %nrows, 0
  br i1 %24, label %rinit, label %done

done:                                             ; preds = %orow147, %entry
  ret void

rinit:                                            ; preds = %entry, %exit9
  %rinit1 = phi i32 [ %72, %exit9 ], [ 0, %entry ]
  %25 = icmp slt i32 %rinit1, 32
  br i1 %25, label %body, label %exit

body:                                             ; preds = %rinit
  %26 = sext i32 %rinit1 to i64
  %27 = mul i64 %26, 8
  %28 = getelementptr <16 x float>, ptr %qs, i64 %27
  %29 = icmp slt i32 %rinit1, %nrows
  %30 = sub i32 %nrows, 1
  %31 = call i32 @llvm.smin.i32(i32 %rinit1, i32 %30)
  %32 = sdiv i32 %31, %nh
  %qi = add i32 %q_begin, %32
  %33 = srem i32 %31, %nh
  %34 = add i32 %h_begin, %33
  %35 = mul i32 %kv_head0, 4
  %hq = add i32 %35, %34
  %36 = sext i32 %qi to i64
  %37 = add i64 %q_row0, %36
  %38 = mul i64 %37, 32
  %39 = sext i32 %hq to i64
  %orow = add i64 %38, %39
  %40 = mul i64 %orow, 512
  %41 = getelementptr i8, ptr %q, i64 %40
  %42 = select i1 %29, float 0x3FC0527DC0000000, float 0.000000e+00
  %43 = insertelement <16 x float> poison, float %42, i32 0
  %splat = shufflevector <16 x float> %43, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk

exit:                                             ; preds = %rinit
  %44 = sub i32 %nrows, 1
  %45 = sdiv i32 %44, %nh
  %46 = add i32 %q_begin, %45
  %qpos11 = add i32 %q_pos0, %46
  %47 = add i32 %qpos11, 1
  %48 = call i32 @llvm.smin.i32(i32 %47, i32 %k_end)
  %qpos12 = add i32 %q_pos0, %q_begin
  %49 = sub i32 %qpos12, 1023
  %50 = call i32 @llvm.smax.i32(i32 %49, i32 %k_begin)
  %k_last = sub i32 %48, 1
  br label %kblock

chunk:                                            ; preds = %body2, %body
  %chunk5 = phi i64 [ 0, %body ], [ %57, %body2 ]
  %51 = icmp slt i64 %chunk5, 8
  br i1 %51, label %body2, label %exit4

body2:                                            ; preds = %chunk
  %52 = mul i64 %chunk5, 64
  %53 = getelementptr i8, ptr %41, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = fmul <16 x float> %54, %splat
  %56 = getelementptr <16 x float>, ptr %28, i64 %chunk5
  store <16 x float> %55, ptr %56, align 64
  %57 = add nsw i64 %chunk5, 1
  br label %chunk

exit4:                                            ; preds = %chunk
  %58 = getelementptr float, ptr %ms, i64 %26
  store float 0xFFF0000000000000, ptr %58, align 4
  %59 = getelementptr float, ptr %ls, i64 %26
  store float 0.000000e+00, ptr %59, align 4
  %60 = getelementptr i32, ptr %lims, i64 %26
  %qpos = add i32 %q_pos0, %qi
  %61 = add i32 %qpos, 1
  %62 = call i32 @llvm.smin.i32(i32 %61, i32 %k_end)
  store i32 %62, ptr %60, align 4
  %63 = getelementptr i32, ptr %lows, i64 %26
  %64 = sub i32 %qpos, 1023
  %65 = call i32 @llvm.smax.i32(i32 %64, i32 %k_begin)
  store i32 %65, ptr %63, align 4
  br label %acczero

acczero:                                          ; preds = %body7, %exit4
  %acczero10 = phi i64 [ 0, %exit4 ], [ %71, %body7 ]
  %66 = icmp slt i64 %acczero10, 8
  br i1 %66, label %body7, label %exit9

body7:                                            ; preds = %acczero
  %67 = mul i64 %acczero10, 16
  %68 = mul i64 %26, 128
  %69 = add i64 %68, %67
  %70 = getelementptr float, ptr %accs, i64 %69
  store <16 x float> zeroinitializer, ptr %70, align 64
  %71 = add nsw i64 %acczero10, 1
  br label %acczero

exit9:                                            ; preds = %acczero
  %72 = add nsw i32 %rinit1, 1
  br label %rinit

kblock:                                           ; preds = %kvh, %exit
  %kblock16 = phi i32 [ %50, %exit ], [ %74, %kvh ]
  %73 = icmp slt i32 %kblock16, %48
  br i1 %73, label %body13, label %orow147

body13:                                           ; preds = %kblock
  %74 = add i32 %kblock16, 32
  br label %kvh

kvh:                                              ; preds = %exit131, %body13
  %kvh20 = phi i32 [ 0, %body13 ], [ %77, %exit131 ]
  %75 = icmp slt i32 %kvh20, 8
  br i1 %75, label %body17, label %kblock

body17:                                           ; preds = %kvh
  %76 = icmp eq i32 %kvh20, 7
  %77 = add i32 %kvh20, 1
  %78 = select i1 %76, i32 0, i32 %77
  %kb_next = select i1 %76, i32 %74, i32 %kblock16
  %79 = sext i32 %kvh20 to i64
  %80 = add i64 %21, %79
  %81 = mul i64 %79, 4
  %82 = getelementptr float, ptr %ms, i64 %81
  %83 = getelementptr float, ptr %ls, i64 %81
  %84 = mul i64 %81, 8
  %85 = getelementptr <16 x float>, ptr %qs, i64 %84
  %86 = mul i64 %81, 128
  %87 = getelementptr float, ptr %accs, i64 %86
  %88 = getelementptr i32, ptr %lims, i64 %81
  %89 = getelementptr i32, ptr %lows, i64 %81
  %90 = sext i32 %78 to i64
  %91 = add i64 %21, %90
  br label %kdot

kdot:                                             ; preds = %body21, %body17
  %kdot24 = phi i32 [ 0, %body17 ], [ %265, %body21 ]
  %92 = icmp slt i32 %kdot24, 32
  br i1 %92, label %body21, label %score

body21:                                           ; preds = %kdot
  %93 = add i32 %kblock16, %kdot24
  %94 = call i32 @llvm.smin.i32(i32 %93, i32 %k_last)
  %95 = sext i32 %94 to i64
  %96 = mul i64 %95, 8
  %row = add i64 %80, %96
  %97 = mul i64 %row, 256
  %98 = getelementptr i8, ptr %20, i64 %97
  %99 = add i32 %kb_next, %kdot24
  %100 = call i32 @llvm.smin.i32(i32 %99, i32 %k_last)
  %101 = sext i32 %100 to i64
  %102 = mul i64 %101, 8
  %row25 = add i64 %91, %102
  %103 = mul i64 %row25, 256
  %104 = getelementptr i8, ptr %20, i64 %103
  call void @llvm.prefetch.p0(ptr %104, i32 0, i32 2, i32 1)
  %105 = getelementptr i8, ptr %104, i64 64
  call void @llvm.prefetch.p0(ptr %105, i32 0, i32 2, i32 1)
  %106 = getelementptr i8, ptr %104, i64 128
  call void @llvm.prefetch.p0(ptr %106, i32 0, i32 2, i32 1)
  %107 = getelementptr i8, ptr %104, i64 192
  call void @llvm.prefetch.p0(ptr %107, i32 0, i32 2, i32 1)
  %108 = add i32 %kdot24, 1
  %109 = add i32 %kblock16, %108
  %110 = call i32 @llvm.smin.i32(i32 %109, i32 %k_last)
  %111 = sext i32 %110 to i64
  %112 = mul i64 %111, 8
  %row26 = add i64 %80, %112
  %113 = mul i64 %row26, 256
  %114 = getelementptr i8, ptr %20, i64 %113
  %115 = add i32 %kb_next, %108
  %116 = call i32 @llvm.smin.i32(i32 %115, i32 %k_last)
  %117 = sext i32 %116 to i64
  %118 = mul i64 %117, 8
  %row27 = add i64 %91, %118
  %119 = mul i64 %row27, 256
  %120 = getelementptr i8, ptr %20, i64 %119
  call void @llvm.prefetch.p0(ptr %120, i32 0, i32 2, i32 1)
  %121 = getelementptr i8, ptr %120, i64 64
  call void @llvm.prefetch.p0(ptr %121, i32 0, i32 2, i32 1)
  %122 = getelementptr i8, ptr %120, i64 128
  call void @llvm.prefetch.p0(ptr %122, i32 0, i32 2, i32 1)
  %123 = getelementptr i8, ptr %120, i64 192
  call void @llvm.prefetch.p0(ptr %123, i32 0, i32 2, i32 1)
  %q28 = load <16 x float>, ptr %85, align 64
  %124 = load <16 x half>, ptr %98, align 2
  %f16 = fpext <16 x half> %124 to <16 x float>
  %125 = load <16 x half>, ptr %114, align 2
  %f1629 = fpext <16 x half> %125 to <16 x float>
  %126 = fmul <16 x float> %q28, %f16
  %127 = fmul <16 x float> %q28, %f1629
  %128 = getelementptr <16 x float>, ptr %85, i64 8
  %q30 = load <16 x float>, ptr %128, align 64
  %129 = fmul <16 x float> %q30, %f16
  %130 = fmul <16 x float> %q30, %f1629
  %131 = getelementptr <16 x float>, ptr %85, i64 16
  %q31 = load <16 x float>, ptr %131, align 64
  %132 = fmul <16 x float> %q31, %f16
  %133 = fmul <16 x float> %q31, %f1629
  %134 = getelementptr <16 x float>, ptr %85, i64 24
  %q32 = load <16 x float>, ptr %134, align 64
  %135 = fmul <16 x float> %q32, %f16
  %136 = fmul <16 x float> %q32, %f1629
  %137 = getelementptr <16 x float>, ptr %85, i64 1
  %q33 = load <16 x float>, ptr %137, align 64
  %138 = getelementptr i8, ptr %98, i64 32
  %139 = load <16 x half>, ptr %138, align 2
  %f1634 = fpext <16 x half> %139 to <16 x float>
  %140 = getelementptr i8, ptr %114, i64 32
  %141 = load <16 x half>, ptr %140, align 2
  %f1635 = fpext <16 x half> %141 to <16 x float>
  %142 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1634, <16 x float> %126)
  %143 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q33, <16 x float> %f1635, <16 x float> %127)
  %144 = getelementptr <16 x float>, ptr %85, i64 9
  %q36 = load <16 x float>, ptr %144, align 64
  %145 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1634, <16 x float> %129)
  %146 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q36, <16 x float> %f1635, <16 x float> %130)
  %147 = getelementptr <16 x float>, ptr %85, i64 17
  %q37 = load <16 x float>, ptr %147, align 64
  %148 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1634, <16 x float> %132)
  %149 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q37, <16 x float> %f1635, <16 x float> %133)
  %150 = getelementptr <16 x float>, ptr %85, i64 25
  %q38 = load <16 x float>, ptr %150, align 64
  %151 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1634, <16 x float> %135)
  %152 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q38, <16 x float> %f1635, <16 x float> %136)
  %153 = getelementptr <16 x float>, ptr %85, i64 2
  %q39 = load <16 x float>, ptr %153, align 64
  %154 = getelementptr i8, ptr %98, i64 64
  %155 = load <16 x half>, ptr %154, align 2
  %f1640 = fpext <16 x half> %155 to <16 x float>
  %156 = getelementptr i8, ptr %114, i64 64
  %157 = load <16 x half>, ptr %156, align 2
  %f1641 = fpext <16 x half> %157 to <16 x float>
  %158 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1640, <16 x float> %142)
  %159 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q39, <16 x float> %f1641, <16 x float> %143)
  %160 = getelementptr <16 x float>, ptr %85, i64 10
  %q42 = load <16 x float>, ptr %160, align 64
  %161 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1640, <16 x float> %145)
  %162 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q42, <16 x float> %f1641, <16 x float> %146)
  %163 = getelementptr <16 x float>, ptr %85, i64 18
  %q43 = load <16 x float>, ptr %163, align 64
  %164 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1640, <16 x float> %148)
  %165 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q43, <16 x float> %f1641, <16 x float> %149)
  %166 = getelementptr <16 x float>, ptr %85, i64 26
  %q44 = load <16 x float>, ptr %166, align 64
  %167 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1640, <16 x float> %151)
  %168 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q44, <16 x float> %f1641, <16 x float> %152)
  %169 = getelementptr <16 x float>, ptr %85, i64 3
  %q45 = load <16 x float>, ptr %169, align 64
  %170 = getelementptr i8, ptr %98, i64 96
  %171 = load <16 x half>, ptr %170, align 2
  %f1646 = fpext <16 x half> %171 to <16 x float>
  %172 = getelementptr i8, ptr %114, i64 96
  %173 = load <16 x half>, ptr %172, align 2
  %f1647 = fpext <16 x half> %173 to <16 x float>
  %174 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1646, <16 x float> %158)
  %175 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q45, <16 x float> %f1647, <16 x float> %159)
  %176 = getelementptr <16 x float>, ptr %85, i64 11
  %q48 = load <16 x float>, ptr %176, align 64
  %177 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1646, <16 x float> %161)
  %178 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q48, <16 x float> %f1647, <16 x float> %162)
  %179 = getelementptr <16 x float>, ptr %85, i64 19
  %q49 = load <16 x float>, ptr %179, align 64
  %180 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1646, <16 x float> %164)
  %181 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q49, <16 x float> %f1647, <16 x float> %165)
  %182 = getelementptr <16 x float>, ptr %85, i64 27
  %q50 = load <16 x float>, ptr %182, align 64
  %183 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1646, <16 x float> %167)
  %184 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q50, <16 x float> %f1647, <16 x float> %168)
  %185 = getelementptr <16 x float>, ptr %85, i64 4
  %q51 = load <16 x float>, ptr %185, align 64
  %186 = getelementptr i8, ptr %98, i64 128
  %187 = load <16 x half>, ptr %186, align 2
  %f1652 = fpext <16 x half> %187 to <16 x float>
  %188 = getelementptr i8, ptr %114, i64 128
  %189 = load <16 x half>, ptr %188, align 2
  %f1653 = fpext <16 x half> %189 to <16 x float>
  %190 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1652, <16 x float> %174)
  %191 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q51, <16 x float> %f1653, <16 x float> %175)
  %192 = getelementptr <16 x float>, ptr %85, i64 12
  %q54 = load <16 x float>, ptr %192, align 64
  %193 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1652, <16 x float> %177)
  %194 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q54, <16 x float> %f1653, <16 x float> %178)
  %195 = getelementptr <16 x float>, ptr %85, i64 20
  %q55 = load <16 x float>, ptr %195, align 64
  %196 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1652, <16 x float> %180)
  %197 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q55, <16 x float> %f1653, <16 x float> %181)
  %198 = getelementptr <16 x float>, ptr %85, i64 28
  %q56 = load <16 x float>, ptr %198, align 64
  %199 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1652, <16 x float> %183)
  %200 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q56, <16 x float> %f1653, <16 x float> %184)
  %201 = getelementptr <16 x float>, ptr %85, i64 5
  %q57 = load <16 x float>, ptr %201, align 64
  %202 = getelementptr i8, ptr %98, i64 160
  %203 = load <16 x half>, ptr %202, align 2
  %f1658 = fpext <16 x half> %203 to <16 x float>
  %204 = getelementptr i8, ptr %114, i64 160
  %205 = load <16 x half>, ptr %204, align 2
  %f1659 = fpext <16 x half> %205 to <16 x float>
  %206 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1658, <16 x float> %190)
  %207 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q57, <16 x float> %f1659, <16 x float> %191)
  %208 = getelementptr <16 x float>, ptr %85, i64 13
  %q60 = load <16 x float>, ptr %208, align 64
  %209 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1658, <16 x float> %193)
  %210 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q60, <16 x float> %f1659, <16 x float> %194)
  %211 = getelementptr <16 x float>, ptr %85, i64 21
  %q61 = load <16 x float>, ptr %211, align 64
  %212 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1658, <16 x float> %196)
  %213 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q61, <16 x float> %f1659, <16 x float> %197)
  %214 = getelementptr <16 x float>, ptr %85, i64 29
  %q62 = load <16 x float>, ptr %214, align 64
  %215 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1658, <16 x float> %199)
  %216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q62, <16 x float> %f1659, <16 x float> %200)
  %217 = getelementptr <16 x float>, ptr %85, i64 6
  %q63 = load <16 x float>, ptr %217, align 64
  %218 = getelementptr i8, ptr %98, i64 192
  %219 = load <16 x half>, ptr %218, align 2
  %f1664 = fpext <16 x half> %219 to <16 x float>
  %220 = getelementptr i8, ptr %114, i64 192
  %221 = load <16 x half>, ptr %220, align 2
  %f1665 = fpext <16 x half> %221 to <16 x float>
  %222 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1664, <16 x float> %206)
  %223 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q63, <16 x float> %f1665, <16 x float> %207)
  %224 = getelementptr <16 x float>, ptr %85, i64 14
  %q66 = load <16 x float>, ptr %224, align 64
  %225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1664, <16 x float> %209)
  %226 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q66, <16 x float> %f1665, <16 x float> %210)
  %227 = getelementptr <16 x float>, ptr %85, i64 22
  %q67 = load <16 x float>, ptr %227, align 64
  %228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1664, <16 x float> %212)
  %229 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q67, <16 x float> %f1665, <16 x float> %213)
  %230 = getelementptr <16 x float>, ptr %85, i64 30
  %q68 = load <16 x float>, ptr %230, align 64
  %231 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1664, <16 x float> %215)
  %232 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q68, <16 x float> %f1665, <16 x float> %216)
  %233 = getelementptr <16 x float>, ptr %85, i64 7
  %q69 = load <16 x float>, ptr %233, align 64
  %234 = getelementptr i8, ptr %98, i64 224
  %235 = load <16 x half>, ptr %234, align 2
  %f1670 = fpext <16 x half> %235 to <16 x float>
  %236 = getelementptr i8, ptr %114, i64 224
  %237 = load <16 x half>, ptr %236, align 2
  %f1671 = fpext <16 x half> %237 to <16 x float>
  %238 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1670, <16 x float> %222)
  %239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q69, <16 x float> %f1671, <16 x float> %223)
  %240 = getelementptr <16 x float>, ptr %85, i64 15
  %q72 = load <16 x float>, ptr %240, align 64
  %241 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1670, <16 x float> %225)
  %242 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q72, <16 x float> %f1671, <16 x float> %226)
  %243 = getelementptr <16 x float>, ptr %85, i64 23
  %q73 = load <16 x float>, ptr %243, align 64
  %244 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1670, <16 x float> %228)
  %245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q73, <16 x float> %f1671, <16 x float> %229)
  %246 = getelementptr <16 x float>, ptr %85, i64 31
  %q74 = load <16 x float>, ptr %246, align 64
  %247 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1670, <16 x float> %231)
  %248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %q74, <16 x float> %f1671, <16 x float> %232)
  %249 = sext i32 %kdot24 to i64
  %250 = getelementptr <16 x float>, ptr %dbuf, i64 %249
  store <16 x float> %238, ptr %250, align 64
  %251 = sext i32 %108 to i64
  %252 = getelementptr <16 x float>, ptr %dbuf, i64 %251
  store <16 x float> %239, ptr %252, align 64
  %253 = add i64 32, %249
  %254 = getelementptr <16 x float>, ptr %dbuf, i64 %253
  store <16 x float> %241, ptr %254, align 64
  %255 = add i64 32, %251
  %256 = getelementptr <16 x float>, ptr %dbuf, i64 %255
  store <16 x float> %242, ptr %256, align 64
  %257 = add i64 64, %249
  %258 = getelementptr <16 x float>, ptr %dbuf, i64 %257
  store <16 x float> %244, ptr %258, align 64
  %259 = add i64 64, %251
  %260 = getelementptr <16 x float>, ptr %dbuf, i64 %259
  store <16 x float> %245, ptr %260, align 64
  %261 = add i64 96, %249
  %262 = getelementptr <16 x float>, ptr %dbuf, i64 %261
  store <16 x float> %247, ptr %262, align 64
  %263 = add i64 96, %251
  %264 = getelementptr <16 x float>, ptr %dbuf, i64 %263
  store <16 x float> %248, ptr %264, align 64
  %265 = add nsw i32 %kdot24, 2
  br label %kdot

score:                                            ; preds = %kdot, %body75
  %score78 = phi i64 [ %384, %body75 ], [ 0, %kdot ]
  %266 = icmp slt i64 %score78, 8
  br i1 %266, label %body75, label %rmax

body75:                                           ; preds = %score
  %267 = sdiv i64 %score78, 2
  %268 = srem i64 %score78, 2
  %269 = mul i64 %268, 16
  %270 = mul i64 %267, 32
  %271 = add i64 %270, %269
  %272 = getelementptr <16 x float>, ptr %dbuf, i64 %271
  %273 = load <16 x float>, ptr %272, align 64
  %274 = add i64 %271, 1
  %275 = getelementptr <16 x float>, ptr %dbuf, i64 %274
  %276 = load <16 x float>, ptr %275, align 64
  %277 = shufflevector <16 x float> %273, <16 x float> %276, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %278 = shufflevector <16 x float> %273, <16 x float> %276, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %279 = fadd <16 x float> %277, %278
  %280 = add i64 %271, 2
  %281 = getelementptr <16 x float>, ptr %dbuf, i64 %280
  %282 = load <16 x float>, ptr %281, align 64
  %283 = add i64 %271, 3
  %284 = getelementptr <16 x float>, ptr %dbuf, i64 %283
  %285 = load <16 x float>, ptr %284, align 64
  %286 = shufflevector <16 x float> %282, <16 x float> %285, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %287 = shufflevector <16 x float> %282, <16 x float> %285, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %288 = fadd <16 x float> %286, %287
  %289 = shufflevector <16 x float> %279, <16 x float> %288, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %290 = shufflevector <16 x float> %279, <16 x float> %288, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %291 = fadd <16 x float> %289, %290
  %292 = add i64 %271, 4
  %293 = getelementptr <16 x float>, ptr %dbuf, i64 %292
  %294 = load <16 x float>, ptr %293, align 64
  %295 = add i64 %271, 5
  %296 = getelementptr <16 x float>, ptr %dbuf, i64 %295
  %297 = load <16 x float>, ptr %296, align 64
  %298 = shufflevector <16 x float> %294, <16 x float> %297, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %299 = shufflevector <16 x float> %294, <16 x float> %297, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %300 = fadd <16 x float> %298, %299
  %301 = add i64 %271, 6
  %302 = getelementptr <16 x float>, ptr %dbuf, i64 %301
  %303 = load <16 x float>, ptr %302, align 64
  %304 = add i64 %271, 7
  %305 = getelementptr <16 x float>, ptr %dbuf, i64 %304
  %306 = load <16 x float>, ptr %305, align 64
  %307 = shufflevector <16 x float> %303, <16 x float> %306, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %308 = shufflevector <16 x float> %303, <16 x float> %306, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %309 = fadd <16 x float> %307, %308
  %310 = shufflevector <16 x float> %300, <16 x float> %309, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %311 = shufflevector <16 x float> %300, <16 x float> %309, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %312 = fadd <16 x float> %310, %311
  %313 = shufflevector <16 x float> %291, <16 x float> %312, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %314 = shufflevector <16 x float> %291, <16 x float> %312, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %315 = fadd <16 x float> %313, %314
  %316 = add i64 %271, 8
  %317 = getelementptr <16 x float>, ptr %dbuf, i64 %316
  %318 = load <16 x float>, ptr %317, align 64
  %319 = add i64 %271, 9
  %320 = getelementptr <16 x float>, ptr %dbuf, i64 %319
  %321 = load <16 x float>, ptr %320, align 64
  %322 = shufflevector <16 x float> %318, <16 x float> %321, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %323 = shufflevector <16 x float> %318, <16 x float> %321, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %324 = fadd <16 x float> %322, %323
  %325 = add i64 %271, 10
  %326 = getelementptr <16 x float>, ptr %dbuf, i64 %325
  %327 = load <16 x float>, ptr %326, align 64
  %328 = add i64 %271, 11
  %329 = getelementptr <16 x float>, ptr %dbuf, i64 %328
  %330 = load <16 x float>, ptr %329, align 64
  %331 = shufflevector <16 x float> %327, <16 x float> %330, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %332 = shufflevector <16 x float> %327, <16 x float> %330, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %333 = fadd <16 x float> %331, %332
  %334 = shufflevector <16 x float> %324, <16 x float> %333, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %335 = shufflevector <16 x float> %324, <16 x float> %333, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %336 = fadd <16 x float> %334, %335
  %337 = add i64 %271, 12
  %338 = getelementptr <16 x float>, ptr %dbuf, i64 %337
  %339 = load <16 x float>, ptr %338, align 64
  %340 = add i64 %271, 13
  %341 = getelementptr <16 x float>, ptr %dbuf, i64 %340
  %342 = load <16 x float>, ptr %341, align 64
  %343 = shufflevector <16 x float> %339, <16 x float> %342, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %344 = shufflevector <16 x float> %339, <16 x float> %342, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %345 = fadd <16 x float> %343, %344
  %346 = add i64 %271, 14
  %347 = getelementptr <16 x float>, ptr %dbuf, i64 %346
  %348 = load <16 x float>, ptr %347, align 64
  %349 = add i64 %271, 15
  %350 = getelementptr <16 x float>, ptr %dbuf, i64 %349
  %351 = load <16 x float>, ptr %350, align 64
  %352 = shufflevector <16 x float> %348, <16 x float> %351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %353 = shufflevector <16 x float> %348, <16 x float> %351, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %354 = fadd <16 x float> %352, %353
  %355 = shufflevector <16 x float> %345, <16 x float> %354, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %356 = shufflevector <16 x float> %345, <16 x float> %354, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %357 = fadd <16 x float> %355, %356
  %358 = shufflevector <16 x float> %336, <16 x float> %357, <16 x i32> <i32 0, i32 1, i32 4, i32 5, i32 8, i32 9, i32 12, i32 13, i32 16, i32 17, i32 20, i32 21, i32 24, i32 25, i32 28, i32 29>
  %359 = shufflevector <16 x float> %336, <16 x float> %357, <16 x i32> <i32 2, i32 3, i32 6, i32 7, i32 10, i32 11, i32 14, i32 15, i32 18, i32 19, i32 22, i32 23, i32 26, i32 27, i32 30, i32 31>
  %360 = fadd <16 x float> %358, %359
  %361 = shufflevector <16 x float> %315, <16 x float> %360, <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %362 = shufflevector <16 x float> %315, <16 x float> %360, <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %363 = fadd <16 x float> %361, %362
  %364 = getelementptr i32, ptr %88, i64 %267
  %365 = load i32, ptr %364, align 4
  %366 = insertelement <16 x i32> poison, i32 %365, i32 0
  %splat79 = shufflevector <16 x i32> %366, <16 x i32> poison, <16 x i32> zeroinitializer
  %367 = getelementptr i32, ptr %89, i64 %267
  %368 = load i32, ptr %367, align 4
  %369 = insertelement <16 x i32> poison, i32 %368, i32 0
  %splat80 = shufflevector <16 x i32> %369, <16 x i32> poison, <16 x i32> zeroinitializer
  %370 = trunc i64 %269 to i32
  %371 = add i32 %kblock16, %370
  %372 = insertelement <16 x i32> poison, i32 %371, i32 0
  %splat81 = shufflevector <16 x i32> %372, <16 x i32> poison, <16 x i32> zeroinitializer
  %373 = add <16 x i32> %splat81, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %374 = icmp slt <16 x i32> %373, %splat79
  %375 = icmp sge <16 x i32> %373, %splat80
  %376 = and <16 x i1> %374, %375
  %377 = select <16 x i1> %376, <16 x float> %363, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>
  %378 = getelementptr float, ptr %pbuf, i64 %271
  store <16 x float> %377, ptr %378, align 64
  %379 = getelementptr <16 x float>, ptr %smax, i64 %267
  %380 = icmp eq i64 %268, 0
  %381 = load <16 x float>, ptr %379, align 64
  %382 = select i1 %380, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>, <16 x float> %381
  %383 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %382, <16 x float> %377)
  store <16 x float> %383, ptr %379, align 64
  %384 = add nsw i64 %score78, 1
  br label %score

rmax:                                             ; preds = %score, %body82
  %rmax85 = phi i64 [ %421, %body82 ], [ 0, %score ]
  %385 = icmp slt i64 %rmax85, 4
  br i1 %385, label %body82, label %pexp

body82:                                           ; preds = %rmax
  %386 = getelementptr float, ptr %82, i64 %rmax85
  %m = load float, ptr %386, align 4
  %387 = getelementptr <16 x float>, ptr %smax, i64 %rmax85
  %388 = load <16 x float>, ptr %387, align 64
  %389 = shufflevector <16 x float> %388, <16 x float> undef, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %390 = shufflevector <16 x float> %388, <16 x float> undef, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %391 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %389, <8 x float> %390)
  %392 = shufflevector <8 x float> %391, <8 x float> undef, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %393 = shufflevector <8 x float> %391, <8 x float> undef, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %394 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %392, <4 x float> %393)
  %395 = shufflevector <4 x float> %394, <4 x float> undef, <2 x i32> <i32 0, i32 1>
  %396 = shufflevector <4 x float> %394, <4 x float> undef, <2 x i32> <i32 2, i32 3>
  %397 = call <2 x float> @llvm.maxnum.v2f32(<2 x float> %395, <2 x float> %396)
  %398 = shufflevector <2 x float> %397, <2 x float> undef, <1 x i32> zeroinitializer
  %399 = shufflevector <2 x float> %397, <2 x float> undef, <1 x i32> <i32 1>
  %400 = call <1 x float> @llvm.maxnum.v1f32(<1 x float> %398, <1 x float> %399)
  %401 = extractelement <1 x float> %400, i32 0
  %402 = call float @llvm.maxnum.f32(float %m, float %401)
  %403 = fcmp oeq float %402, 0xFFF0000000000000
  %muse86 = select i1 %403, float 0.000000e+00, float %402
  %404 = fsub float %m, %muse86
  %405 = insertelement <16 x float> poison, float %404, i32 0
  %splat87 = shufflevector <16 x float> %405, <16 x float> poison, <16 x i32> zeroinitializer
  %406 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %splat87, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %407 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %406, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %408 = fadd <16 x float> %407, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n = fsub <16 x float> %408, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f = fsub <16 x float> %407, %n
  %409 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %410 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %409, <16 x float> %f, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %411 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %410, <16 x float> %f, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %412 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %411, <16 x float> %f, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %413 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %412, <16 x float> %f, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %414 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %413, <16 x float> %f, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %415 = fptosi <16 x float> %n to <16 x i32>
  %416 = add <16 x i32> %415, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %417 = shl <16 x i32> %416, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %418 = bitcast <16 x i32> %417 to <16 x float>
  %exp2 = fmul <16 x float> %414, %418
  %alpha88 = extractelement <16 x float> %exp2, i32 0
  store float %402, ptr %386, align 4
  %419 = getelementptr float, ptr %muse, i64 %rmax85
  store float %muse86, ptr %419, align 4
  %420 = getelementptr float, ptr %alpha, i64 %rmax85
  store float %alpha88, ptr %420, align 4
  %421 = add nsw i64 %rmax85, 1
  br label %rmax

pexp:                                             ; preds = %rmax, %body89
  %pexp92 = phi i64 [ %452, %body89 ], [ 0, %rmax ]
  %422 = icmp slt i64 %pexp92, 8
  br i1 %422, label %body89, label %lsum97

body89:                                           ; preds = %pexp
  %423 = sdiv i64 %pexp92, 2
  %424 = srem i64 %pexp92, 2
  %425 = mul i64 %424, 16
  %426 = mul i64 %423, 32
  %427 = add i64 %426, %425
  %428 = getelementptr float, ptr %pbuf, i64 %427
  %429 = getelementptr float, ptr %muse, i64 %423
  %430 = load float, ptr %429, align 4
  %431 = insertelement <16 x float> poison, float %430, i32 0
  %splat93 = shufflevector <16 x float> %431, <16 x float> poison, <16 x i32> zeroinitializer
  %432 = load <16 x float>, ptr %428, align 64
  %433 = fsub <16 x float> %432, %splat93
  %434 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %433, <16 x float> <float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02, float -1.270000e+02>)
  %435 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %434, <16 x float> <float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02, float 1.270000e+02>)
  %436 = fadd <16 x float> %435, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %n94 = fsub <16 x float> %436, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %f95 = fsub <16 x float> %435, %n94
  %437 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> <float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000, float 0x3F241FBBC0000000>, <16 x float> %f95, <16 x float> <float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000, float 0x3F55F3E520000000>)
  %438 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %437, <16 x float> %f95, <16 x float> <float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000, float 0x3F83B2D4C0000000>)
  %439 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %438, <16 x float> %f95, <16 x float> <float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000, float 0x3FAC6AEE80000000>)
  %440 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %439, <16 x float> %f95, <16 x float> <float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000, float 0x3FCEBFBDC0000000>)
  %441 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %440, <16 x float> %f95, <16 x float> <float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000, float 0x3FE62E4300000000>)
  %442 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %441, <16 x float> %f95, <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>)
  %443 = fptosi <16 x float> %n94 to <16 x i32>
  %444 = add <16 x i32> %443, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %445 = shl <16 x i32> %444, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %446 = bitcast <16 x i32> %445 to <16 x float>
  %exp296 = fmul <16 x float> %442, %446
  store <16 x float> %exp296, ptr %428, align 64
  %447 = getelementptr <16 x float>, ptr %lsum, i64 %423
  %448 = icmp eq i64 %424, 0
  %449 = load <16 x float>, ptr %447, align 64
  %450 = select i1 %448, <16 x float> zeroinitializer, <16 x float> %449
  %451 = fadd <16 x float> %450, %exp296
  store <16 x float> %451, ptr %447, align 64
  %452 = add nsw i64 %pexp92, 1
  br label %pexp

lsum97:                                           ; preds = %pexp, %body98
  %lsum101 = phi i64 [ %461, %body98 ], [ 0, %pexp ]
  %453 = icmp slt i64 %lsum101, 4
  br i1 %453, label %body98, label %exit100

body98:                                           ; preds = %lsum97
  %454 = getelementptr float, ptr %83, i64 %lsum101
  %455 = getelementptr float, ptr %alpha, i64 %lsum101
  %456 = load float, ptr %455, align 4
  %457 = getelementptr <16 x float>, ptr %lsum, i64 %lsum101
  %458 = load <16 x float>, ptr %457, align 64
  %459 = call reassoc float @llvm.vector.reduce.fadd.v16f32(float -0.000000e+00, <16 x float> %458)
  %l = load float, ptr %454, align 4
  %460 = call float @llvm.fmuladd.f32(float %l, float %456, float %459)
  store float %460, ptr %454, align 4
  %461 = add nsw i64 %lsum101, 1
  br label %lsum97

exit100:                                          ; preds = %lsum97
  %462 = sub i32 %48, %kblock16
  %463 = call i32 @llvm.smin.i32(i32 32, i32 %462)
  %464 = load float, ptr %alpha, align 4
  %465 = insertelement <16 x float> poison, float %464, i32 0
  %splat102 = shufflevector <16 x float> %465, <16 x float> poison, <16 x i32> zeroinitializer
  %466 = load <16 x float>, ptr %87, align 64
  %467 = fmul <16 x float> %466, %splat102
  %468 = getelementptr float, ptr %87, i64 16
  %469 = load <16 x float>, ptr %468, align 64
  %470 = fmul <16 x float> %469, %splat102
  %471 = getelementptr float, ptr %87, i64 32
  %472 = load <16 x float>, ptr %471, align 64
  %473 = fmul <16 x float> %472, %splat102
  %474 = getelementptr float, ptr %87, i64 48
  %475 = load <16 x float>, ptr %474, align 64
  %476 = fmul <16 x float> %475, %splat102
  %477 = getelementptr float, ptr %alpha, i64 1
  %478 = load float, ptr %477, align 4
  %479 = insertelement <16 x float> poison, float %478, i32 0
  %splat103 = shufflevector <16 x float> %479, <16 x float> poison, <16 x i32> zeroinitializer
  %480 = getelementptr float, ptr %87, i64 128
  %481 = load <16 x float>, ptr %480, align 64
  %482 = fmul <16 x float> %481, %splat103
  %483 = getelementptr float, ptr %87, i64 144
  %484 = load <16 x float>, ptr %483, align 64
  %485 = fmul <16 x float> %484, %splat103
  %486 = getelementptr float, ptr %87, i64 160
  %487 = load <16 x float>, ptr %486, align 64
  %488 = fmul <16 x float> %487, %splat103
  %489 = getelementptr float, ptr %87, i64 176
  %490 = load <16 x float>, ptr %489, align 64
  %491 = fmul <16 x float> %490, %splat103
  %492 = getelementptr float, ptr %alpha, i64 2
  %493 = load float, ptr %492, align 4
  %494 = insertelement <16 x float> poison, float %493, i32 0
  %splat104 = shufflevector <16 x float> %494, <16 x float> poison, <16 x i32> zeroinitializer
  %495 = getelementptr float, ptr %87, i64 256
  %496 = load <16 x float>, ptr %495, align 64
  %497 = fmul <16 x float> %496, %splat104
  %498 = getelementptr float, ptr %87, i64 272
  %499 = load <16 x float>, ptr %498, align 64
  %500 = fmul <16 x float> %499, %splat104
  %501 = getelementptr float, ptr %87, i64 288
  %502 = load <16 x float>, ptr %501, align 64
  %503 = fmul <16 x float> %502, %splat104
  %504 = getelementptr float, ptr %87, i64 304
  %505 = load <16 x float>, ptr %504, align 64
  %506 = fmul <16 x float> %505, %splat104
  %507 = getelementptr float, ptr %alpha, i64 3
  %508 = load float, ptr %507, align 4
  %509 = insertelement <16 x float> poison, float %508, i32 0
  %splat105 = shufflevector <16 x float> %509, <16 x float> poison, <16 x i32> zeroinitializer
  %510 = getelementptr float, ptr %87, i64 384
  %511 = load <16 x float>, ptr %510, align 64
  %512 = fmul <16 x float> %511, %splat105
  %513 = getelementptr float, ptr %87, i64 400
  %514 = load <16 x float>, ptr %513, align 64
  %515 = fmul <16 x float> %514, %splat105
  %516 = getelementptr float, ptr %87, i64 416
  %517 = load <16 x float>, ptr %516, align 64
  %518 = fmul <16 x float> %517, %splat105
  %519 = getelementptr float, ptr %87, i64 432
  %520 = load <16 x float>, ptr %519, align 64
  %521 = fmul <16 x float> %520, %splat105
  br label %kpv

kpv:                                              ; preds = %body106, %exit100
  %pacc.sroa.60.0 = phi <16 x float> [ %521, %exit100 ], [ %569, %body106 ]
  %pacc.sroa.56.0 = phi <16 x float> [ %518, %exit100 ], [ %563, %body106 ]
  %pacc.sroa.52.0 = phi <16 x float> [ %515, %exit100 ], [ %557, %body106 ]
  %pacc.sroa.48.0 = phi <16 x float> [ %512, %exit100 ], [ %551, %body106 ]
  %pacc.sroa.44.0 = phi <16 x float> [ %506, %exit100 ], [ %568, %body106 ]
  %pacc.sroa.40.0 = phi <16 x float> [ %503, %exit100 ], [ %562, %body106 ]
  %pacc.sroa.36.0 = phi <16 x float> [ %500, %exit100 ], [ %556, %body106 ]
  %pacc.sroa.32.0 = phi <16 x float> [ %497, %exit100 ], [ %550, %body106 ]
  %pacc.sroa.28.0 = phi <16 x float> [ %491, %exit100 ], [ %567, %body106 ]
  %pacc.sroa.24.0 = phi <16 x float> [ %488, %exit100 ], [ %561, %body106 ]
  %pacc.sroa.20.0 = phi <16 x float> [ %485, %exit100 ], [ %555, %body106 ]
  %pacc.sroa.16.0 = phi <16 x float> [ %482, %exit100 ], [ %549, %body106 ]
  %pacc.sroa.12.0 = phi <16 x float> [ %476, %exit100 ], [ %566, %body106 ]
  %pacc.sroa.8.0 = phi <16 x float> [ %473, %exit100 ], [ %560, %body106 ]
  %pacc.sroa.4.0 = phi <16 x float> [ %470, %exit100 ], [ %554, %body106 ]
  %pacc.sroa.0.0 = phi <16 x float> [ %467, %exit100 ], [ %548, %body106 ]
  %kpv109 = phi i32 [ 0, %exit100 ], [ %570, %body106 ]
  %522 = icmp slt i32 %kpv109, %463
  br i1 %522, label %body106, label %exit108

body106:                                          ; preds = %kpv
  %523 = add i32 %kblock16, %kpv109
  %524 = sext i32 %523 to i64
  %525 = mul i64 %524, 8
  %row110 = add i64 %80, %525
  %526 = mul i64 %row110, 256
  %527 = getelementptr i8, ptr %23, i64 %526
  %528 = add i32 %kb_next, %kpv109
  %529 = call i32 @llvm.smin.i32(i32 %528, i32 %k_last)
  %530 = sext i32 %529 to i64
  %531 = mul i64 %530, 8
  %row111 = add i64 %91, %531
  %532 = mul i64 %row111, 256
  %533 = getelementptr i8, ptr %23, i64 %532
  call void @llvm.prefetch.p0(ptr %533, i32 0, i32 2, i32 1)
  %534 = getelementptr i8, ptr %533, i64 64
  call void @llvm.prefetch.p0(ptr %534, i32 0, i32 2, i32 1)
  %535 = sext i32 %kpv109 to i64
  %536 = getelementptr float, ptr %pbuf, i64 %535
  %p = load float, ptr %536, align 4
  %537 = insertelement <16 x float> poison, float %p, i32 0
  %splat112 = shufflevector <16 x float> %537, <16 x float> poison, <16 x i32> zeroinitializer
  %538 = add i64 32, %535
  %539 = getelementptr float, ptr %pbuf, i64 %538
  %p113 = load float, ptr %539, align 4
  %540 = insertelement <16 x float> poison, float %p113, i32 0
  %splat114 = shufflevector <16 x float> %540, <16 x float> poison, <16 x i32> zeroinitializer
  %541 = add i64 64, %535
  %542 = getelementptr float, ptr %pbuf, i64 %541
  %p115 = load float, ptr %542, align 4
  %543 = insertelement <16 x float> poison, float %p115, i32 0
  %splat116 = shufflevector <16 x float> %543, <16 x float> poison, <16 x i32> zeroinitializer
  %544 = add i64 96, %535
  %545 = getelementptr float, ptr %pbuf, i64 %544
  %p117 = load float, ptr %545, align 4
  %546 = insertelement <16 x float> poison, float %p117, i32 0
  %splat118 = shufflevector <16 x float> %546, <16 x float> poison, <16 x i32> zeroinitializer
  %547 = load <16 x half>, ptr %527, align 2
  %f16119 = fpext <16 x half> %547 to <16 x float>
  %548 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat112, <16 x float> %f16119, <16 x float> %pacc.sroa.0.0)
  %549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16119, <16 x float> %pacc.sroa.16.0)
  %550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16119, <16 x float> %pacc.sroa.32.0)
  %551 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16119, <16 x float> %pacc.sroa.48.0)
  %552 = getelementptr i8, ptr %527, i64 32
  %553 = load <16 x half>, ptr %552, align 2
  %f16120 = fpext <16 x half> %553 to <16 x float>
  %554 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat112, <16 x float> %f16120, <16 x float> %pacc.sroa.4.0)
  %555 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16120, <16 x float> %pacc.sroa.20.0)
  %556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16120, <16 x float> %pacc.sroa.36.0)
  %557 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16120, <16 x float> %pacc.sroa.52.0)
  %558 = getelementptr i8, ptr %527, i64 64
  %559 = load <16 x half>, ptr %558, align 2
  %f16121 = fpext <16 x half> %559 to <16 x float>
  %560 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat112, <16 x float> %f16121, <16 x float> %pacc.sroa.8.0)
  %561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16121, <16 x float> %pacc.sroa.24.0)
  %562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16121, <16 x float> %pacc.sroa.40.0)
  %563 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16121, <16 x float> %pacc.sroa.56.0)
  %564 = getelementptr i8, ptr %527, i64 96
  %565 = load <16 x half>, ptr %564, align 2
  %f16122 = fpext <16 x half> %565 to <16 x float>
  %566 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat112, <16 x float> %f16122, <16 x float> %pacc.sroa.12.0)
  %567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat114, <16 x float> %f16122, <16 x float> %pacc.sroa.28.0)
  %568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat116, <16 x float> %f16122, <16 x float> %pacc.sroa.44.0)
  %569 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat118, <16 x float> %f16122, <16 x float> %pacc.sroa.60.0)
  %570 = add nsw i32 %kpv109, 1
  br label %kpv

exit108:                                          ; preds = %kpv
  store <16 x float> %pacc.sroa.0.0, ptr %87, align 64
  store <16 x float> %pacc.sroa.4.0, ptr %468, align 64
  store <16 x float> %pacc.sroa.8.0, ptr %471, align 64
  store <16 x float> %pacc.sroa.12.0, ptr %474, align 64
  store <16 x float> %pacc.sroa.16.0, ptr %480, align 64
  store <16 x float> %pacc.sroa.20.0, ptr %483, align 64
  store <16 x float> %pacc.sroa.24.0, ptr %486, align 64
  store <16 x float> %pacc.sroa.28.0, ptr %489, align 64
  store <16 x float> %pacc.sroa.32.0, ptr %495, align 64
  store <16 x float> %pacc.sroa.36.0, ptr %498, align 64
  store <16 x float> %pacc.sroa.40.0, ptr %501, align 64
  store <16 x float> %pacc.sroa.44.0, ptr %504, align 64
  store <16 x float> %pacc.sroa.48.0, ptr %510, align 64
  store <16 x float> %pacc.sroa.52.0, ptr %513, align 64
  store <16 x float> %pacc.sroa.56.0, ptr %516, align 64
  store <16 x float> %pacc.sroa.60.0, ptr %519, align 64
  %571 = load float, ptr %alpha, align 4
  %572 = insertelement <16 x float> poison, float %571, i32 0
  %splat124 = shufflevector <16 x float> %572, <16 x float> poison, <16 x i32> zeroinitializer
  %573 = getelementptr float, ptr %87, i64 64
  %574 = load <16 x float>, ptr %573, align 64
  %575 = fmul <16 x float> %574, %splat124
  %576 = getelementptr float, ptr %87, i64 80
  %577 = load <16 x float>, ptr %576, align 64
  %578 = fmul <16 x float> %577, %splat124
  %579 = getelementptr float, ptr %87, i64 96
  %580 = load <16 x float>, ptr %579, align 64
  %581 = fmul <16 x float> %580, %splat124
  %582 = getelementptr float, ptr %87, i64 112
  %583 = load <16 x float>, ptr %582, align 64
  %584 = fmul <16 x float> %583, %splat124
  %585 = load float, ptr %477, align 4
  %586 = insertelement <16 x float> poison, float %585, i32 0
  %splat125 = shufflevector <16 x float> %586, <16 x float> poison, <16 x i32> zeroinitializer
  %587 = getelementptr float, ptr %87, i64 192
  %588 = load <16 x float>, ptr %587, align 64
  %589 = fmul <16 x float> %588, %splat125
  %590 = getelementptr float, ptr %87, i64 208
  %591 = load <16 x float>, ptr %590, align 64
  %592 = fmul <16 x float> %591, %splat125
  %593 = getelementptr float, ptr %87, i64 224
  %594 = load <16 x float>, ptr %593, align 64
  %595 = fmul <16 x float> %594, %splat125
  %596 = getelementptr float, ptr %87, i64 240
  %597 = load <16 x float>, ptr %596, align 64
  %598 = fmul <16 x float> %597, %splat125
  %599 = load float, ptr %492, align 4
  %600 = insertelement <16 x float> poison, float %599, i32 0
  %splat126 = shufflevector <16 x float> %600, <16 x float> poison, <16 x i32> zeroinitializer
  %601 = getelementptr float, ptr %87, i64 320
  %602 = load <16 x float>, ptr %601, align 64
  %603 = fmul <16 x float> %602, %splat126
  %604 = getelementptr float, ptr %87, i64 336
  %605 = load <16 x float>, ptr %604, align 64
  %606 = fmul <16 x float> %605, %splat126
  %607 = getelementptr float, ptr %87, i64 352
  %608 = load <16 x float>, ptr %607, align 64
  %609 = fmul <16 x float> %608, %splat126
  %610 = getelementptr float, ptr %87, i64 368
  %611 = load <16 x float>, ptr %610, align 64
  %612 = fmul <16 x float> %611, %splat126
  %613 = load float, ptr %507, align 4
  %614 = insertelement <16 x float> poison, float %613, i32 0
  %splat127 = shufflevector <16 x float> %614, <16 x float> poison, <16 x i32> zeroinitializer
  %615 = getelementptr float, ptr %87, i64 448
  %616 = load <16 x float>, ptr %615, align 64
  %617 = fmul <16 x float> %616, %splat127
  %618 = getelementptr float, ptr %87, i64 464
  %619 = load <16 x float>, ptr %618, align 64
  %620 = fmul <16 x float> %619, %splat127
  %621 = getelementptr float, ptr %87, i64 480
  %622 = load <16 x float>, ptr %621, align 64
  %623 = fmul <16 x float> %622, %splat127
  %624 = getelementptr float, ptr %87, i64 496
  %625 = load <16 x float>, ptr %624, align 64
  %626 = fmul <16 x float> %625, %splat127
  br label %kpv128

kpv128:                                           ; preds = %body129, %exit108
  %pacc123.sroa.60.0 = phi <16 x float> [ %626, %exit108 ], [ %676, %body129 ]
  %pacc123.sroa.56.0 = phi <16 x float> [ %623, %exit108 ], [ %670, %body129 ]
  %pacc123.sroa.52.0 = phi <16 x float> [ %620, %exit108 ], [ %664, %body129 ]
  %pacc123.sroa.48.0 = phi <16 x float> [ %617, %exit108 ], [ %658, %body129 ]
  %pacc123.sroa.44.0 = phi <16 x float> [ %612, %exit108 ], [ %675, %body129 ]
  %pacc123.sroa.40.0 = phi <16 x float> [ %609, %exit108 ], [ %669, %body129 ]
  %pacc123.sroa.36.0 = phi <16 x float> [ %606, %exit108 ], [ %663, %body129 ]
  %pacc123.sroa.32.0 = phi <16 x float> [ %603, %exit108 ], [ %657, %body129 ]
  %pacc123.sroa.28.0 = phi <16 x float> [ %598, %exit108 ], [ %674, %body129 ]
  %pacc123.sroa.24.0 = phi <16 x float> [ %595, %exit108 ], [ %668, %body129 ]
  %pacc123.sroa.20.0 = phi <16 x float> [ %592, %exit108 ], [ %662, %body129 ]
  %pacc123.sroa.16.0 = phi <16 x float> [ %589, %exit108 ], [ %656, %body129 ]
  %pacc123.sroa.12.0 = phi <16 x float> [ %584, %exit108 ], [ %673, %body129 ]
  %pacc123.sroa.8.0 = phi <16 x float> [ %581, %exit108 ], [ %667, %body129 ]
  %pacc123.sroa.4.0 = phi <16 x float> [ %578, %exit108 ], [ %661, %body129 ]
  %pacc123.sroa.0.0 = phi <16 x float> [ %575, %exit108 ], [ %655, %body129 ]
  %kpv132 = phi i32 [ 0, %exit108 ], [ %677, %body129 ]
  %627 = icmp slt i32 %kpv132, %463
  br i1 %627, label %body129, label %exit131

body129:                                          ; preds = %kpv128
  %628 = add i32 %kblock16, %kpv132
  %629 = sext i32 %628 to i64
  %630 = mul i64 %629, 8
  %row133 = add i64 %80, %630
  %631 = mul i64 %row133, 256
  %632 = getelementptr i8, ptr %23, i64 %631
  %633 = add i32 %kb_next, %kpv132
  %634 = call i32 @llvm.smin.i32(i32 %633, i32 %k_last)
  %635 = sext i32 %634 to i64
  %636 = mul i64 %635, 8
  %row134 = add i64 %91, %636
  %637 = mul i64 %row134, 256
  %638 = getelementptr i8, ptr %23, i64 %637
  %639 = getelementptr i8, ptr %638, i64 128
  call void @llvm.prefetch.p0(ptr %639, i32 0, i32 2, i32 1)
  %640 = getelementptr i8, ptr %639, i64 64
  call void @llvm.prefetch.p0(ptr %640, i32 0, i32 2, i32 1)
  %641 = sext i32 %kpv132 to i64
  %642 = getelementptr float, ptr %pbuf, i64 %641
  %p135 = load float, ptr %642, align 4
  %643 = insertelement <16 x float> poison, float %p135, i32 0
  %splat136 = shufflevector <16 x float> %643, <16 x float> poison, <16 x i32> zeroinitializer
  %644 = add i64 32, %641
  %645 = getelementptr float, ptr %pbuf, i64 %644
  %p137 = load float, ptr %645, align 4
  %646 = insertelement <16 x float> poison, float %p137, i32 0
  %splat138 = shufflevector <16 x float> %646, <16 x float> poison, <16 x i32> zeroinitializer
  %647 = add i64 64, %641
  %648 = getelementptr float, ptr %pbuf, i64 %647
  %p139 = load float, ptr %648, align 4
  %649 = insertelement <16 x float> poison, float %p139, i32 0
  %splat140 = shufflevector <16 x float> %649, <16 x float> poison, <16 x i32> zeroinitializer
  %650 = add i64 96, %641
  %651 = getelementptr float, ptr %pbuf, i64 %650
  %p141 = load float, ptr %651, align 4
  %652 = insertelement <16 x float> poison, float %p141, i32 0
  %splat142 = shufflevector <16 x float> %652, <16 x float> poison, <16 x i32> zeroinitializer
  %653 = getelementptr i8, ptr %632, i64 128
  %654 = load <16 x half>, ptr %653, align 2
  %f16143 = fpext <16 x half> %654 to <16 x float>
  %655 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat136, <16 x float> %f16143, <16 x float> %pacc123.sroa.0.0)
  %656 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16143, <16 x float> %pacc123.sroa.16.0)
  %657 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16143, <16 x float> %pacc123.sroa.32.0)
  %658 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16143, <16 x float> %pacc123.sroa.48.0)
  %659 = getelementptr i8, ptr %632, i64 160
  %660 = load <16 x half>, ptr %659, align 2
  %f16144 = fpext <16 x half> %660 to <16 x float>
  %661 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat136, <16 x float> %f16144, <16 x float> %pacc123.sroa.4.0)
  %662 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16144, <16 x float> %pacc123.sroa.20.0)
  %663 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16144, <16 x float> %pacc123.sroa.36.0)
  %664 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16144, <16 x float> %pacc123.sroa.52.0)
  %665 = getelementptr i8, ptr %632, i64 192
  %666 = load <16 x half>, ptr %665, align 2
  %f16145 = fpext <16 x half> %666 to <16 x float>
  %667 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat136, <16 x float> %f16145, <16 x float> %pacc123.sroa.8.0)
  %668 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16145, <16 x float> %pacc123.sroa.24.0)
  %669 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16145, <16 x float> %pacc123.sroa.40.0)
  %670 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16145, <16 x float> %pacc123.sroa.56.0)
  %671 = getelementptr i8, ptr %632, i64 224
  %672 = load <16 x half>, ptr %671, align 2
  %f16146 = fpext <16 x half> %672 to <16 x float>
  %673 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat136, <16 x float> %f16146, <16 x float> %pacc123.sroa.12.0)
  %674 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat138, <16 x float> %f16146, <16 x float> %pacc123.sroa.28.0)
  %675 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat140, <16 x float> %f16146, <16 x float> %pacc123.sroa.44.0)
  %676 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %splat142, <16 x float> %f16146, <16 x float> %pacc123.sroa.60.0)
  %677 = add nsw i32 %kpv132, 1
  br label %kpv128

exit131:                                          ; preds = %kpv128
  store <16 x float> %pacc123.sroa.0.0, ptr %573, align 64
  store <16 x float> %pacc123.sroa.4.0, ptr %576, align 64
  store <16 x float> %pacc123.sroa.8.0, ptr %579, align 64
  store <16 x float> %pacc123.sroa.12.0, ptr %582, align 64
  store <16 x float> %pacc123.sroa.16.0, ptr %587, align 64
  store <16 x float> %pacc123.sroa.20.0, ptr %590, align 64
  store <16 x float> %pacc123.sroa.24.0, ptr %593, align 64
  store <16 x float> %pacc123.sroa.28.0, ptr %596, align 64
  store <16 x float> %pacc123.sroa.32.0, ptr %601, align 64
  store <16 x float> %pacc123.sroa.36.0, ptr %604, align 64
  store <16 x float> %pacc123.sroa.40.0, ptr %607, align 64
  store <16 x float> %pacc123.sroa.44.0, ptr %610, align 64
  store <16 x float> %pacc123.sroa.48.0, ptr %615, align 64
  store <16 x float> %pacc123.sroa.52.0, ptr %618, align 64
  store <16 x float> %pacc123.sroa.56.0, ptr %621, align 64
  store <16 x float> %pacc123.sroa.60.0, ptr %624, align 64
  br label %kvh

orow147:                                          ; preds = %kblock, %written
  %orow151 = phi i32 [ %701, %written ], [ 0, %kblock ]
  %678 = icmp slt i32 %orow151, %nrows
  br i1 %678, label %body148, label %done

body148:                                          ; preds = %orow147
  %679 = sext i32 %orow151 to i64
  %680 = getelementptr float, ptr %ms, i64 %679
  %m152 = load float, ptr %680, align 4
  %681 = getelementptr float, ptr %ls, i64 %679
  %l153 = load float, ptr %681, align 4
  %682 = mul i64 %679, 128
  %683 = getelementptr float, ptr %accs, i64 %682
  %684 = icmp ne ptr %part, null
  br i1 %684, label %partial, label %final

partial:                                          ; preds = %body148
  %685 = sext i32 %nrows to i64
  %686 = getelementptr float, ptr %part, i64 %682
  br label %chunk154

final:                                            ; preds = %body148
  %687 = sdiv i32 %orow151, %nh
  %qi159 = add i32 %q_begin, %687
  %688 = srem i32 %orow151, %nh
  %689 = add i32 %h_begin, %688
  %690 = mul i32 %kv_head0, 4
  %hq160 = add i32 %690, %689
  %691 = sext i32 %qi159 to i64
  %692 = add i64 %q_row0, %691
  %693 = mul i64 %692, 32
  %694 = sext i32 %hq160 to i64
  %orow161 = add i64 %693, %694
  %695 = fcmp oeq float %l153, 0.000000e+00
  %696 = fdiv float 1.000000e+00, %l153
  %697 = select i1 %695, float 0.000000e+00, float %696
  %698 = mul i64 %orow161, 512
  %699 = getelementptr i8, ptr %out, i64 %698
  %700 = insertelement <16 x float> poison, float %697, i32 0
  %splat162 = shufflevector <16 x float> %700, <16 x float> poison, <16 x i32> zeroinitializer
  br label %chunk163

written:                                          ; preds = %exit166, %exit157
  %701 = add nsw i32 %orow151, 1
  br label %orow147

chunk154:                                         ; preds = %body155, %partial
  %chunk158 = phi i64 [ 0, %partial ], [ %707, %body155 ]
  %702 = icmp slt i64 %chunk158, 8
  br i1 %702, label %body155, label %exit157

body155:                                          ; preds = %chunk154
  %703 = getelementptr <16 x float>, ptr %683, i64 %chunk158
  %704 = load <16 x float>, ptr %703, align 64
  %705 = mul i64 %chunk158, 64
  %706 = getelementptr i8, ptr %686, i64 %705
  store <16 x float> %704, ptr %706, align 4
  %707 = add nsw i64 %chunk158, 1
  br label %chunk154

exit157:                                          ; preds = %chunk154
  %708 = mul i64 %685, 128
  %709 = add i64 %708, %679
  %710 = getelementptr float, ptr %part, i64 %709
  store float %m152, ptr %710, align 4
  %711 = add i64 %709, %685
  %712 = getelementptr float, ptr %part, i64 %711
  store float %l153, ptr %712, align 4
  br label %written

chunk163:                                         ; preds = %body164, %final
  %chunk167 = phi i64 [ 0, %final ], [ %719, %body164 ]
  %713 = icmp slt i64 %chunk167, 8
  br i1 %713, label %body164, label %exit166

body164:                                          ; preds = %chunk163
  %714 = getelementptr <16 x float>, ptr %683, i64 %chunk167
  %715 = load <16 x float>, ptr %714, align 64
  %716 = fmul <16 x float> %715, %splat162
  %717 = mul i64 %chunk167, 64
  %718 = getelementptr i8, ptr %699, i64 %717
  store <16 x float> %716, ptr %718, align 4
  %719 = add nsw i64 %chunk167, 1
  br label %chunk163

exit166:                                          ; preds = %chunk163
  %720 = call float @llvm.log.f32(float %l153)
  %721 = call float @llvm.fmuladd.f32(float %m152, float 0x3FE62E4300000000, float %720)
  %lse168 = select i1 %695, float 0xFFF0000000000000, float %721
  %722 = getelementptr float, ptr %lse, i64 %orow161
  store float %lse168, ptr %722, align 4
  br label %written
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x float> @llvm.maxnum.v2f32(<2 x float>, <2 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <1 x float> @llvm.maxnum.v1f32(<1 x float>, <1 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v16f32(float, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

declare i32 @attnrt_run(ptr, ptr)

; Function Attrs: nounwind
define i32 @sliding_window(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_run(ptr @sliding_window_kernel, ptr %0)
  ret i32 %1
}

declare i64 @attnrt_tasks(ptr, ptr)

; Function Attrs: nounwind
define i64 @sliding_window_tasks(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_tasks(ptr @sliding_window_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_task(ptr, ptr, i64)

; Function Attrs: nounwind
define i32 @sliding_window_task(ptr %0, i64 %1) #0 {
entry:
  %2 = call i32 @attnrt_task(ptr @sliding_window_kernel, ptr %0, i64 %1)
  ret i32 %2
}

declare i64 @attnrt_workspace(ptr, ptr)

; Function Attrs: nounwind
define i64 @sliding_window_workspace(ptr %0) #0 {
entry:
  %1 = call i64 @attnrt_workspace(ptr @sliding_window_kernel, ptr %0)
  ret i64 %1
}

declare i32 @attnrt_append(ptr, ptr)

; Function Attrs: nounwind
define i32 @sliding_window_append(ptr %0) #0 {
entry:
  %1 = call i32 @attnrt_append(ptr @sliding_window_kernel, ptr %0)
  ret i32 %1
}

; Function Attrs: nounwind
define ptr @sliding_window_info() #0 {
entry:
  ret ptr @sliding_window_info_data
}

attributes #0 = { nounwind "target-cpu"="x86-64-v4" "target-features"="+avx512f,+evex512,+avx512bw,+avx512vl,+avx,+avx2,+fma,+f16c" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
